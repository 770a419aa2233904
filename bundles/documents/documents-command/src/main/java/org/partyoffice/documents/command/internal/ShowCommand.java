package org.partyoffice.documents.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.documents.api.TimelineEntry;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:show}: one document with its versions and timeline, by id or symbol. */
@Service
@Command(scope = "documents", name = "show", description = "Shows a document, its versions and its timeline")
public class ShowCommand extends OfficeAction {

    @Argument(index = 0, name = "document", required = true, description = "Id, or symbol such as 01-NQ/TU")
    private String ref;

    @Reference
    private DocumentService documents;

    @Override
    protected void run() {
        Document d = find(documents, ref);
        out().println((d.symbol() == null ? "(chưa có số)" : d.symbol()) + "  " + d.type() + "  " + d.title());
        out().println("Id " + d.id() + " · " + d.status() + " · " + d.classification().label("vi") + " · "
                + d.urgency().label("vi") + " · đơn vị " + d.unitId() + (d.signerLogin() == null ? "" : " · người ký "
                + d.signerLogin()) + (d.promulgatedOn() == null ? "" : " · ban hành " + d.promulgatedOn()));
        out().println("Phiên bản / versions:");
        for (DocumentVersion v : documents.versions(d.id())) {
            out().println("  v" + v.number() + " " + v.kind() + " " + v.fileName() + " (" + v.size() + " B) " + v.createdBy());
        }
        out().println("Diễn biến / timeline:");
        for (TimelineEntry e : documents.timeline(d.id())) {
            out().println("  " + e.at() + " " + e.actor() + " " + e.action() + (e.detail() == null ? "" : ": " + e.detail()));
        }
    }

    /** By numeric id, else by symbol (the newest period). */
    static Document find(DocumentService documents, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return documents.get(Long.parseLong(r));
        }
        return documents.findBySymbol(r, null).orElseThrow(() -> new EntityNotFoundException("document", r, "document"));
    }
}
