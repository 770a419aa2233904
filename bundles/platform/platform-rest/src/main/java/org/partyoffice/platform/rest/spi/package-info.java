/**
 * For modules' REST resources: {@link org.partyoffice.platform.rest.spi.Input} reads the values a
 * client sends (numbers, dates, instants, months, enums, flags, classifications, id lists) and answers
 * a bad one with an {@link org.partyoffice.platform.api.InvalidInputException} naming the field, which
 * the platform's JAX-RS application turns into a 422 problem; {@link
 * org.partyoffice.platform.rest.spi.Responses} builds the common answers. Resources take such values
 * as strings because JAX-RS and Jackson answer a failed conversion with a bare 400 or 404 that names
 * nothing.
 *
 * <p>Installed with the {@code partyoffice-web} feature (in the platform-rest bundle), so a module's
 * rest bundle, which only that feature's conditional installs, can always import it.
 */
@Export
@Version("1.0.0")
package org.partyoffice.platform.rest.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
