package org.partyoffice.documents.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.IncomingService;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:register-incoming}: enters a received document into a unit's incoming register. */
@Service
@Command(scope = "documents", name = "register-incoming", description = "Registers an incoming document (Vào sổ văn bản đến)")
public class RegisterIncomingCommand extends OfficeAction {

    @Option(name = "--unit", required = true, description = "Receiving unit id")
    private long unit;

    @Option(name = "--sender", required = true, description = "Sending body, e.g. \"Ban Tổ chức Trung ương\"")
    private String sender;

    @Option(name = "--symbol", description = "Its number and symbol, e.g. 15-HD/BTCTW")
    private String symbol;

    @Option(name = "--dated", description = "Its date, e.g. 2026-02-20")
    private String dated;

    @Option(name = "--received", description = "Day received (default today)")
    private String received;

    @Option(name = "--classification", description = "UNCLASSIFIED, MAT, TOI_MAT or TUYET_MAT (or Mật, Tối mật, Tuyệt mật)")
    private String classification;

    @Option(name = "--urgency", description = "NORMAL, KHAN, THUONG_KHAN or HOA_TOC (or Khẩn, Thượng khẩn, Hỏa tốc)")
    private String urgency;

    @Argument(index = 0, name = "title", required = true, description = "Summary (trích yếu)")
    private String title;

    @Reference
    private IncomingService incoming;

    @Override
    protected void run() {
        IncomingDocument d = incoming.register(new NewIncoming(unit, sender, symbol,
                PromulgateCommand.date(dated, "--dated"), PromulgateCommand.date(received, "--received"), title,
                classification == null ? Clearance.UNCLASSIFIED : Clearance.parse(classification), Urgency.parse(urgency)));
        out().println("Số đến / arrival number " + d.arrivalNumber() + "/" + d.year() + " (id " + d.id() + ")");
    }
}
