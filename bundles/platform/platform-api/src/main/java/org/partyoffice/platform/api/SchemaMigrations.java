package org.partyoffice.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Versioned schema migrations per module. A module keeps its scripts as resources
 * {@code <folder>/1.sql}, {@code 2.sql}, ... (statements separated by {@code ;} at line ends,
 * first line a {@code --} comment describing it) and calls {@link #migrate} when it activates.
 * Applied versions are recorded with their checksum; a changed script fails loudly. Nothing is
 * ever dropped when a module is uninstalled.
 */
@ProviderType
public interface SchemaMigrations {

    /** A recorded migration. */
    record Applied(String schema, int version, String description, String checksum, java.time.Instant at) {
    }

    /**
     * Applies the scripts under {@code folder} (looked up with {@code anchor}'s class loader)
     * to {@code schema} that are newer than the recorded version; returns the schema's version.
     */
    int migrate(String schema, Class<?> anchor, String folder);

    /** The migrations recorded for {@code schema}, oldest first. */
    List<Applied> history(String schema);
}
