package org.partyoffice.documents.api;

import java.util.List;

/** A page of documents and how many the reader may see match in all. */
public record DocumentPage(long total, List<Document> items) {
}
