package org.partyoffice.archives.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.DossierPage;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.Item;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code archives:dossiers}: dossiers of a fonds, or one dossier with its items. */
@Service
@Command(scope = "archives", name = "dossiers", description = "Lists dossiers, or shows one with its items (Hồ sơ)")
public class DossiersCommand extends OfficeAction {

    @Option(name = "--fonds", description = "Only this fonds id")
    private Long fonds;

    @Option(name = "--status", description = "OPEN, CLOSED, TRANSFERRED or DESTROYED")
    private String status;

    @Option(name = "--text", description = "A part of the code or title")
    private String text;

    @Option(name = "--on-hold", description = "Only dossiers on legal hold")
    private boolean onHold;

    @Option(name = "--limit", description = "At most this many (default 50)")
    private int limit = 50;

    @Argument(index = 0, name = "id", description = "Shows this dossier and its items")
    private Long id;

    @Reference
    private ArchiveService archive;

    @Override
    protected void run() throws Exception {
        if (id != null) {
            var d = archive.getDossier(id);
            Tables.dossiers(java.util.List.of(d)).print(out());
            for (Item i : archive.items(d.id())) {
                out().println("  " + i.id() + "  " + (i.date() == null ? "" : i.date() + "  ") + i.title()
                        + "  [" + i.source() + ", " + i.files().size() + " tệp, " + i.classification().label("vi") + "]");
            }
            return;
        }
        DossierStatus s = null;
        if (status != null) {
            try {
                s = DossierStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw failure("status", "must be one of OPEN, CLOSED, TRANSFERRED, DESTROYED (it was '" + status + "')");
            }
        }
        DossierPage page = archive.dossiers(new DossierQuery(fonds, null, s, text, onHold ? Boolean.TRUE : null, 0, limit));
        Tables.dossiers(page.items()).print(out());
        out().println(page.items().size() + " / " + page.total());
    }
}
