package org.partyoffice.documents.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.DocumentPage;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:list}: the outgoing register, newest first, as far as the user may see. */
@Service
@Command(scope = "documents", name = "list", description = "Lists documents of the outgoing register (Sổ văn bản đi)")
public class ListCommand extends OfficeAction {

    @Option(name = "--unit", description = "Issuing unit id")
    private Long unit;

    @Option(name = "--type", description = "Type code, e.g. NQ, CT, QĐ")
    private String type;

    @Option(name = "--status", description = "DRAFT, IN_REVIEW, SUBMITTED, SIGNED, PROMULGATED or CANCELLED")
    private String status;

    @Option(name = "--period", description = "Term or year of the number, e.g. 2025-2030")
    private String period;

    @Option(name = "--year", description = "Year of promulgation")
    private Integer year;

    @Option(name = "--limit", description = "At most this many (default 50)")
    private int limit = 50;

    @Reference
    private DocumentService documents;

    @Override
    protected void run() {
        DocumentPage page = documents.list(new DocumentQuery(unit, type, status(status), period, year, 0, limit));
        Tables.documents(page.items()).print(out());
        out().println(page.items().size() + " / " + page.total());
    }

    static DocumentStatus status(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--status", "must be DRAFT, IN_REVIEW, SUBMITTED, SIGNED, PROMULGATED or CANCELLED",
                    text);
        }
    }
}
