/**
 * The published API of ${moduleTitle}. Versioned semantically: a method added to a
 * {@code @ProviderType} interface is a minor step, anything that breaks a caller a major one.
 */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
