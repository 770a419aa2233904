package org.partyoffice.meetings.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.api.InvalidBallot;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code meetings:count}: the tally of an election's ballots; with {@code --official}, the counting
 * board's official count (or recount), written to the audit trail with the ballots' digest.
 */
@Service
@Command(scope = "meetings", name = "count", description = "Counts an election's ballots (Kiểm phiếu)")
public class CountCommand extends OfficeAction {

    @Option(name = "--official", description = "Record this as the official count (audited) instead of showing the tally")
    private boolean official;

    @Argument(index = 0, name = "election", required = true, description = "Election id")
    private long election;

    @Reference
    private ElectionService elections;

    @Override
    protected void run() {
        CountResult r = official ? elections.recordCount(election) : elections.count(election);
        out().println("Phiếu thu vào " + r.ballotsCast() + ", hợp lệ " + r.valid() + ", không hợp lệ " + r.invalid().size()
                + "; cơ sở tính " + r.base());
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Họ và tên", "Số phiếu", "%", "Kết quả"}) {
            table.column(c);
        }
        for (CandidateResult c : r.candidates()) {
            table.addRow().addContent(c.candidateId(), c.fullName(), c.votes(), c.percent().toPlainString(),
                    c.elected() ? "TRÚNG CỬ" : c.tied() ? "BẰNG PHIẾU — bầu lại" : "");
        }
        table.print(out());
        for (InvalidBallot i : r.invalid()) {
            out().println("  phiếu " + i.number() + ": " + i.reason());
        }
        out().println(r.note() + " · digest " + r.digest());
        if (official) {
            out().println("Đã ghi kết quả kiểm phiếu chính thức vào nhật ký / official count recorded");
        }
    }
}
