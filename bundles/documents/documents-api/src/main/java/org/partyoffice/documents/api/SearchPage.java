package org.partyoffice.documents.api;

import java.util.List;

/** Search results the reader may see, and how many match in all. */
public record SearchPage(long total, List<SearchHit> hits) {
}
