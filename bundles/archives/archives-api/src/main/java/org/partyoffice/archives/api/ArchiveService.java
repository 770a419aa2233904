package org.partyoffice.archives.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.partyoffice.platform.api.Clearance;

/**
 * Holdings: fonds, series, dossiers and items. Changes need the {@code archivist} role; reads any
 * role, within the reader's scope (the holdings of the committee they serve and of the units
 * under it) and clearance. Every view of a classified dossier is audited.
 */
@ProviderType
public interface ArchiveService {

    /** The fonds the reader may see, by code. */
    List<Fonds> fonds();

    Fonds getFonds(long id);

    /** The fonds of {@code unitId}, opened on first use with the unit's code and name. */
    Fonds fondsOf(long unitId);

    List<RetentionCategory> retentionCategories();

    /** Adds or changes a retention category ({@code years} {@code null}: permanent). */
    RetentionCategory defineRetention(String code, String name, Integer years);

    Series createSeries(long fondsId, String code, String title, String retention);

    List<Series> series(long fondsId);

    Dossier createDossier(NewDossier dossier);

    /** The dossier, or {@code EntityNotFoundException} (also when the reader may not see it); audited when classified. */
    Dossier getDossier(long id);

    Optional<Dossier> findDossier(long fondsId, String code);

    DossierPage dossiers(DossierQuery query);

    /** Closes an open dossier: its retention period starts now. */
    Dossier close(long dossierId);

    /** Adds an item with its files to an open or closed dossier (not to a transferred or destroyed one). */
    Item addItem(long dossierId, String title, LocalDate date, Clearance classification, List<NewFile> files);

    /** The items the reader may see, oldest first. */
    List<Item> items(long dossierId);

    /** Opens a file of an item the reader may see. */
    FileContent open(long itemId, String sha256);

    DigitisationProgress progress(long fondsId);

    /** Full-text search over dossiers and items (metadata and extracted text), within scope and clearance. */
    ArchiveSearchResult search(String text, int offset, int limit);
}
