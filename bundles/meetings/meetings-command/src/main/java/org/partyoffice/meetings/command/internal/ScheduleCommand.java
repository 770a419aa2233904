package org.partyoffice.meetings.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingCostService;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:schedule}: puts a meeting on the calendar, refusing room and member conflicts. */
@Service
@Command(scope = "meetings", name = "schedule", description = "Schedules a meeting (Xếp lịch họp)")
public class ScheduleCommand extends OfficeAction {

    @Option(name = "--unit", required = true, description = "Unit id")
    private long unit;

    @Option(name = "--type", description = "EXECUTIVE_COMMITTEE_CONFERENCE, STANDING_COMMITTEE_MEETING, STANDING_BOARD_MEETING, "
            + "WORKING_SESSION (default), THEMATIC_CONFERENCE, ONLINE_CONFERENCE or CONGRESS")
    private String type = "WORKING_SESSION";

    @Option(name = "--body", description = "Body id (its members are required)")
    private Long body;

    @Option(name = "--room", description = "Room id")
    private Long room;

    @Option(name = "--start", required = true, description = "e.g. 2026-03-10T08:00 (office time)")
    private String start;

    @Option(name = "--end", required = true, description = "e.g. 2026-03-10T11:30")
    private String end;

    @Option(name = "--required", multiValued = true, description = "Login required to attend (repeatable)")
    private List<String> required;

    @Option(name = "--classification", description = "UNCLASSIFIED (default), MAT, TOI_MAT or TUYET_MAT (or Mật, Tối mật, Tuyệt mật)")
    private String classification;

    @Option(name = "--cost", description = "Cost estimate in whole VND, e.g. 150000000 (a budget request in finance when it is installed)")
    private Long cost;

    @Option(name = "--cost-note", description = "What the cost estimate covers")
    private String costNote;

    @Argument(index = 0, name = "title", required = true, description = "What the meeting is about")
    private String title;

    @Reference
    private MeetingService meetings;

    @Reference
    private MeetingCostService costs;

    @Override
    protected void run() {
        MeetingType t;
        try {
            t = MeetingType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--type", "is not a meeting type (see meetings:schedule --help)", type);
        }
        if (cost != null && cost <= 0) {
            throw new InvalidInputException("--cost", "must be a positive whole number of VND", cost);
        }
        Meeting m = meetings.schedule(new NewMeeting(unit, t, title, body, room, Times.parse(start, "--start"),
                Times.parse(end, "--end"), required, classification == null ? null : Clearance.parse(classification)));
        out().println("Đã xếp lịch / scheduled: meeting " + m.id() + ", " + Times.SHOW.format(m.start()) + " – "
                + Times.SHOW.format(m.end()) + ", " + m.required().size() + " required");
        if (cost != null) {
            CostEstimate e = costs.setEstimate(m.id(), cost, costNote);
            out().println("Dự toán / cost estimate: " + Money.vnd(e.amountVnd()) + " – " + Money.status(e));
        }
    }
}
