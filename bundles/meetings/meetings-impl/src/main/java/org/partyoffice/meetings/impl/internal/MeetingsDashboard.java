package org.partyoffice.meetings.impl.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

/** Meetings this week, meetings in progress without a quorum, and overdue follow-ups. */
@Component(service = DashboardContributor.class)
public final class MeetingsDashboard implements DashboardContributor {

    private final Transactions tx;
    private final MeetingService meetings;
    private final Clock clock;

    @Activate
    public MeetingsDashboard(@Reference Transactions tx, @Reference MeetingService meetings) {
        this(tx, meetings, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    MeetingsDashboard(Transactions tx, MeetingService meetings, Clock clock) {
        this.tx = tx;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MeetingsSchema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        boolean en = "en".equals(language);
        LocalDate today = LocalDate.now(clock);
        Instant monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(clock.getZone()).toInstant();
        List<Meeting> week = meetings.calendar(monday, monday.plusSeconds(7 * 86_400L));
        long thisWeek = week.stream().filter(m -> m.status() != MeetingStatus.CANCELLED).count();
        long withoutQuorum = week.stream().filter(m -> m.status() == MeetingStatus.IN_PROGRESS && m.bodyId() != null)
                .filter(m -> !meetings.quorum(m.id()).reached()).count();
        long overdue = tx.required(c -> Sql.one(c, "SELECT COUNT(*) FROM MEETINGS.FOLLOW_UPS WHERE DONE = FALSE AND DEADLINE < ?",
                rs -> rs.getLong(1), today).orElse(0L));
        return List.of(
                new DashboardFigure("meetings.week", en ? "Meetings this week" : "Cuộc họp trong tuần", thisWeek, "meetings"),
                new DashboardFigure("meetings.no-quorum", en ? "In progress without quorum" : "Đang họp chưa đủ số lượng",
                        withoutQuorum, "meetings"),
                new DashboardFigure("meetings.followups.overdue", en ? "Overdue follow-ups" : "Việc sau họp quá hạn", overdue,
                        "meetings"));
    }
}
