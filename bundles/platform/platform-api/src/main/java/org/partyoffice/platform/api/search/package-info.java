/**
 * Full-text search for the modules: a {@link org.partyoffice.platform.api.search.FullTextIndex}
 * (Apache Lucene in the {@code partyoffice-search} feature) that folds Vietnamese diacritics, so
 * {@code nghi quyet} finds {@code Nghị quyết}, and filters every query by the reader's clearance;
 * and {@link org.partyoffice.platform.api.search.TextExtraction}, the plain text of PDF, DOCX and
 * text attachments.
 *
 * <p>A module owns what it indexes: it writes items after its own transaction commits and rebuilds
 * its index from its tables when the index is missing or behind ({@link
 * org.partyoffice.platform.api.search.FullTextIndex#count}), so the index is never the only copy
 * of anything.
 *
 * <p>1.1: bounded totals ({@link org.partyoffice.platform.api.search.FullTextIndex#search(String,
 * org.partyoffice.platform.api.search.SearchQuery, int)}, {@link
 * org.partyoffice.platform.api.search.SearchResult#totalExact()}). Additions only: the 1.0
 * {@code SearchResult(long, List)} constructor is kept and still means an exact total, and the new
 * search method has a default, so consumers and providers built against 1.0 keep working.
 */
@Export
@Version("1.1.0")
package org.partyoffice.platform.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
