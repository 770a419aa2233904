package org.partyoffice.meetings.impl.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.testkit.PlatformFixture;

/**
 * The platform test kit with the meetings module's services on top, and a small office: a province
 * with its Văn phòng and a commune, a clerk, a secretary, the committee's secretary (signer, who
 * chairs) and nine members.
 */
final class Fixture extends PlatformFixture {

    static final String CLERK = "van.thu";
    static final String SECRETARY = "thu.ky";
    static final String SIGNER = "lanh.dao";
    static final String VIEWER = "xem";

    final Unit province;
    final Unit office;
    final Unit commune;
    final RecordingEvents posted = new RecordingEvents();
    final JdbcMeetingService meetings;
    final JdbcElectionService elections;
    final JdbcMeetingCostService costs;

    Fixture(Path temp) {
        super(temp, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        Unit central = unit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null);
        province = unit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central);
        office = unit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, province);
        commune = unit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province);
        account(CLERK, "Lê Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, office);
        account(SECRETARY, "Phạm Thu Ký", Roles.SECRETARY, Clearance.TOI_MAT, office);
        account(SIGNER, "Nguyễn Văn Lãnh Đạo", Roles.SIGNER, Clearance.TUYET_MAT, province);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, office);
        for (int i = 1; i <= 9; i++) {
            account("uv" + i, "Ủy viên số " + i, Roles.VIEWER, Clearance.MAT, province);
        }
        new MeetingsSchema(migrations);
        meetings = new JdbcMeetingService(tx, user, audit, accounts, organisation, files, posted.publisher, clock);
        elections = new JdbcElectionService(tx, user, audit, organisation, posted.publisher, clock);
        // the catch-up after finance binds runs on the caller's thread here, so tests see its effect at once
        costs = new JdbcMeetingCostService(tx, user, audit, clock,
                JdbcMeetingCostService.Settings.of(config(JdbcMeetingCostService.Config.class, Map.of())), new DirectExecutor());
    }

    /** Runs each task at once on the calling thread. */
    static final class DirectExecutor extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }

    /** Collects the events the module posts. */
    static final class RecordingEvents {
        final List<String> topics = new CopyOnWriteArrayList<>();
        final List<Map<String, ?>> properties = new CopyOnWriteArrayList<>();
        final MeetingEventPublisher publisher = new MeetingEventPublisher() {
            @Override
            public void post(String topic, Map<String, ?> props) {
                topics.add(topic);
                properties.add(props);
            }
        };
    }
}
