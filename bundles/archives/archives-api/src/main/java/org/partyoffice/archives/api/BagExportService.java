package org.partyoffice.archives.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** BagIt packages (RFC 8493, manifest-sha256) of a dossier or a series, and their import. */
@ProviderType
public interface BagExportService {

    /** Writes the dossier as a bag in a new folder under {@code target}; returns the bag folder. */
    Path exportDossier(long dossierId, Path target);

    /** Writes every dossier of the series, one bag each, under {@code target}; returns the bag folders. */
    List<Path> exportSeries(long seriesId, Path target);

    /**
     * Reads a bag written by {@link #exportDossier}, verifies every file against its manifest and
     * takes it into {@code fondsId} as a new dossier; a failed check takes nothing and names the file.
     */
    Dossier importBag(Path bag, long fondsId);
}
