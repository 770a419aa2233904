/**
 * A test kit for module developers: {@link org.partyoffice.platform.testkit.PlatformFixture} stands
 * up the real platform services (transactions, migrations, current user, audit trail, organisation,
 * accounts, numbering, content store) on an in-memory Derby database, outside OSGi, so a module's
 * unit tests exercise its SQL, its role and clearance checks and its audit entries against the
 * same code that runs in Karaf.
 */
@Export
@Version("0.1.0")
package org.partyoffice.platform.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
