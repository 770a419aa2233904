package org.partyoffice.documents.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.SearchHit;
import org.partyoffice.documents.api.SearchPage;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:search}: full-text search, diacritics folded, within the user's clearance. */
@Service
@Command(scope = "documents", name = "search", description = "Searches documents by words (Tìm kiếm văn bản)")
public class SearchCommand extends OfficeAction {

    @Option(name = "--limit", description = "At most this many (default 20)")
    private int limit = 20;

    @Argument(index = 0, name = "words", required = true, multiValued = true, description = "Words, e.g. nghi quyet chuyen doi so")
    private java.util.List<String> words;

    @Reference
    private DocumentService documents;

    @Override
    protected void run() {
        SearchPage page = documents.search(String.join(" ", words), 0, limit);
        Tables.documents(page.hits().stream().map(SearchHit::document).toList()).print(out());
        out().println(page.hits().size() + " / " + (page.totalExact() ? "" : "> ") + page.total()
                + (documents.searchAvailable() ? "" : " (full-text search not installed: symbols and summaries looked up)"));
    }
}
