package org.partyoffice.archives.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Retention and disposition. Destruction and transfer need the {@code archivist} role together
 * with {@code admin} or {@code secretary} (the appraisal council's authorised signatory), and the
 * appraisal decision is recorded with them.
 */
@ProviderType
public interface DispositionService {

    /** Closed dossiers whose retention ended on or before {@code asOf}, not on hold, oldest first. */
    List<Dossier> queue(LocalDate asOf);

    /** Places a legal hold: the dossier cannot be destroyed or transferred while it stands. */
    Dossier hold(long dossierId, String reason);

    Dossier release(long dossierId, String reason);

    /**
     * Destroys a dossier due for disposition: removes its files from the archive store (a file
     * another dossier still holds stays) and keeps the destruction record.
     *
     * @param decision the appraisal decision, e.g. {@code Quyết định 12-QĐ/VPTU ngày 01/12/2026}
     */
    DestructionRecord destroy(long dossierId, String decision);

    List<DestructionRecord> destructions();

    /** Hands a closed dossier to the historical archive as a BagIt package written under {@code target}. */
    TransferRecord transfer(long dossierId, String destination, Path target);
}
