package org.partyoffice.documents.command.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.Promulgation;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:promulgate}: gives a signed document its number and date. */
@Service
@Command(scope = "documents", name = "promulgate", description = "Promulgates a signed document: number and date (Ban hành)")
public class PromulgateCommand extends OfficeAction {

    @Option(name = "--date", description = "Date of promulgation, e.g. 2026-03-02 (default today)")
    private String date;

    @Option(name = "--congress", description = "Number it in this Congress register's one sequence (see documents:congress)")
    private Long congress;

    @Option(name = "--joint", description = "A joint document: the other bodies' abbreviations, comma-separated, e.g. UBND,MTTQ "
            + "(the number stays the lead body's)")
    private String joint;

    @Argument(index = 0, name = "id", required = true, description = "Document id")
    private long id;

    @Reference
    private DocumentService documents;

    @Override
    protected void run() {
        List<String> others = joint == null || joint.isBlank() ? List.of() : Arrays.asList(joint.split(","));
        Document d = documents.promulgateWith(id, new Promulgation(date(date, "--date"), congress, others));
        out().println("Đã ban hành / promulgated: " + d.symbol() + " (" + d.period() + "), " + d.promulgatedOn());
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-03-02", text);
        }
    }
}
