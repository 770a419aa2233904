package org.partyoffice.documents.api;

/** Progress of a task a document assigned. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
