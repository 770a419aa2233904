package org.partyoffice.archives.api;

/** EventAdmin topics the archives module posts, and their property names. Values are plain types. */
public final class ArchiveEvents {

    /** Intake took records. Properties: {@link #SOURCE}, {@link #COUNT}. */
    public static final String INGESTED = "org/partyoffice/archives/INGESTED";
    /** A fixity sweep found changed or lost files. Properties: {@link #REPORT_ID}, {@link #COUNT}. */
    public static final String FIXITY_FAILED = "org/partyoffice/archives/FIXITY_FAILED";
    /** A dossier was destroyed. Property: {@link #DOSSIER_ID}. */
    public static final String DESTROYED = "org/partyoffice/archives/DESTROYED";
    /** A dossier was transferred to the historical archive. Property: {@link #DOSSIER_ID}. */
    public static final String TRANSFERRED = "org/partyoffice/archives/TRANSFERRED";
    /** A digitisation batch ended. Properties: {@link #BATCH_ID}, {@link #COUNT}. */
    public static final String BATCH_ENDED = "org/partyoffice/archives/BATCH_ENDED";

    /**
     * A reading-room loan was not returned by its day (posted once per loan). Properties:
     * {@link #REQUEST_ID}, {@link #DOSSIER_ID}, {@link #REQUESTER}.
     *
     * @since 1.1
     */
    public static final String LOAN_OVERDUE = "org/partyoffice/archives/LOAN_OVERDUE";

    public static final String SOURCE = "source";
    public static final String COUNT = "count";
    public static final String REPORT_ID = "reportId";
    public static final String DOSSIER_ID = "dossierId";
    public static final String BATCH_ID = "batchId";
    public static final String REQUEST_ID = "requestId";
    public static final String REQUESTER = "requester";

    private ArchiveEvents() {
    }
}
