/**
 * The platform's published API: organisation tree, accounts and clearance, the audit trail,
 * official numbering, transactions, schema migrations, jobs, the content store, and the
 * whiteboards ({@link org.partyoffice.platform.api.ModuleInfo},
 * {@link org.partyoffice.platform.api.RecordSource},
 * {@link org.partyoffice.platform.api.DashboardContributor}) through which modules join the
 * platform without knowing each other.
 *
 * <p>Types here carry no third-party types in their signatures, so third-party bundles can
 * compile against this package alone.
 */
@Export
@Version("1.2.0")
package org.partyoffice.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
