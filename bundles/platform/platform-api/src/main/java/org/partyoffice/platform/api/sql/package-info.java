/**
 * JDBC helpers for a module's own schema: binding values and reading rows the way the platform's
 * modules store them.
 */
@Export
@Version("1.0.0")
package org.partyoffice.platform.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
