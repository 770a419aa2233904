package org.partyoffice.meetings.command.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:ballot}: enters one ballot as the candidate ids struck out on it. */
@Service
@Command(scope = "meetings", name = "ballot", description = "Enters a ballot: the candidates struck out (Nhập phiếu bầu)")
public class BallotCommand extends OfficeAction {

    @Argument(index = 0, name = "election", required = true, description = "Election id")
    private long election;

    @Argument(index = 1, name = "number", required = true, description = "Ballot number")
    private int number;

    @Argument(index = 2, name = "struck", multiValued = true, description = "Ids of the candidates struck out (none: kept all)")
    private List<String> struck;

    @Reference
    private ElectionService elections;

    @Override
    protected void run() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String s : struck == null ? List.<String>of() : struck) {
            try {
                ids.add(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("struck", "must be candidate ids", s);
            }
        }
        var invalid = elections.enterBallot(election, number, ids);
        out().println(invalid.map(i -> "Phiếu " + number + " KHÔNG HỢP LỆ / invalid: " + i.reason())
                .orElse("Phiếu " + number + " hợp lệ / valid"));
    }
}
