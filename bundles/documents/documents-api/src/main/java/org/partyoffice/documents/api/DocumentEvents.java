package org.partyoffice.documents.api;

/** EventAdmin topics of the documents module and their properties (plain values). */
public final class DocumentEvents {
    public static final String SUBMITTED = "org/partyoffice/documents/SUBMITTED";
    public static final String SIGNED = "org/partyoffice/documents/SIGNED";
    /** Properties: {@link #DOCUMENT_ID}, {@link #UNIT_ID}, {@link #SYMBOL}, {@link #CLASSIFICATION}. */
    public static final String PROMULGATED = "org/partyoffice/documents/PROMULGATED";
    /** Properties: {@link #INCOMING_ID}, {@link #UNIT_ID}, and {@link #DOCUMENT_ID} when it came from this platform. */
    public static final String RECEIVED = "org/partyoffice/documents/RECEIVED";
    /** Properties: {@link #TASK_ID}, {@link #DOCUMENT_ID}, {@link #UNIT_ID}, {@link #DEADLINE} (ISO date). */
    public static final String TASK_OVERDUE = "org/partyoffice/documents/TASK_OVERDUE";

    public static final String DOCUMENT_ID = "documentId";
    public static final String INCOMING_ID = "incomingId";
    public static final String TASK_ID = "taskId";
    public static final String UNIT_ID = "unitId";
    public static final String SYMBOL = "symbol";
    public static final String CLASSIFICATION = "classification";
    public static final String DEADLINE = "deadline";

    private DocumentEvents() {
    }
}
