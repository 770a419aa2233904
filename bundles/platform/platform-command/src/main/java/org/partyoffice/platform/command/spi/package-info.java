/**
 * For modules' shell commands: {@link org.partyoffice.platform.command.spi.OfficeAction} turns the
 * platform's domain errors into one red line ({@code Error: <field>: <message>}) and gives the
 * session's console, so every module's commands report errors the same way.
 */
@Export
@Version("1.0.0")
package org.partyoffice.platform.command.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
