/**
 * What a module needs to serve its page inside the web shell: {@link
 * org.partyoffice.platform.web.spi.PageServlet} answers {@code /office/<module>/} with the module's
 * {@code index.html} under the shell's security headers (the same Content-Security-Policy), and
 * sends {@code /office/<module>} there. The module registers its other files as a whiteboard
 * resource at {@code /office/<module>/*}.
 */
@Export
@Version("1.0.0")
package org.partyoffice.platform.web.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
