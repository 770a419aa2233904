package org.partyoffice.archives.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code archives:search}: full-text search over dossiers and items, within the user's clearance. */
@Service
@Command(scope = "archives", name = "search", description = "Searches the archive by words (Tìm kiếm tài liệu lưu trữ)")
public class SearchCommand extends OfficeAction {

    @Option(name = "--limit", description = "At most this many (default 20)")
    private int limit = 20;

    @Argument(index = 0, name = "words", required = true, multiValued = true, description = "Words, e.g. bien ban dai hoi")
    private List<String> words;

    @Reference
    private ArchiveService archive;

    @Override
    protected void run() throws Exception {
        var result = archive.search(String.join(" ", words), 0, limit);
        for (var hit : result.hits()) {
            out().println(hit.dossier().code() + "  " + hit.item().title() + "  (" + hit.dossier().title() + ")");
        }
        out().println(result.hits().size() + " / " + result.total() + (result.fullText() ? "" : " (metadata only: search feature not installed)"));
    }
}
