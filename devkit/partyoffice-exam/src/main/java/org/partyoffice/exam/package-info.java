/**
 * Test support for modules of the Party Office Platform: boot the distribution with Pax Exam
 * ({@link org.partyoffice.exam.PartyOfficeDistribution}), run console commands as a user
 * ({@link org.partyoffice.exam.KarafShell}) and call the REST API ({@link org.partyoffice.exam.RestClient}).
 */
@Export
@Version("1.0.0")
package org.partyoffice.exam;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
