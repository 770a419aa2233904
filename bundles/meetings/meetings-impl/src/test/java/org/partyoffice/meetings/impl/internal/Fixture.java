package org.partyoffice.meetings.impl.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcAccountService;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;

/**
 * The real platform services on an in-memory Derby database, wired as Declarative Services would
 * wire them, with the module's services on top, and a small office: a province with its Văn phòng
 * and a commune, a clerk, a secretary, the secretary of the committee (signer) and nine members.
 */
final class Fixture implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String CLERK = "van.thu";
    static final String SECRETARY = "thu.ky";
    static final String SIGNER = "lanh.dao";
    static final String VIEWER = "xem";

    static {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String databaseName = "memory:meetingstest" + COUNTER.incrementAndGet();
    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final JdbcTransactions tx;
    final MigrationRunner migrations;
    final ThreadCurrentUser user;
    final JdbcAuditTrail audit;
    final JdbcOrganisationService organisation;
    final JdbcAccountService accounts;
    final FileContentStore files;
    final TestClock clock = new TestClock(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    final Unit province;
    final Unit office;
    final Unit commune;
    final RecordingEvents events = new RecordingEvents();
    final JdbcMeetingService meetings;
    final JdbcElectionService elections;

    Fixture(Path temp) {
        dataSource.setDatabaseName(databaseName);
        dataSource.setCreateDatabase("create");
        tx = new JdbcTransactions(dataSource);
        migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        audit = new JdbcAuditTrail(tx, user);
        Events platformEvents = new Events();
        organisation = new JdbcOrganisationService(tx, audit, user, platformEvents);
        accounts = new JdbcAccountService(tx, audit, user, organisation, platformEvents);
        files = new FileContentStore(temp.resolve("files"));
        insertAdmin();
        LocalDate start = LocalDate.of(2025, 7, 1);
        Unit central = asAdmin(() -> organisation.create(new NewUnit("000.00.00.TW", "Ban Chấp hành Trung ương",
                UnitType.CENTRAL, null, start)));
        province = asAdmin(() -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE,
                central.id(), start)));
        office = asAdmin(() -> organisation.create(new NewUnit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT,
                province.id(), start)));
        commune = asAdmin(() -> organisation.create(new NewUnit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE,
                province.id(), start)));
        account(CLERK, "Lê Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, office);
        account(SECRETARY, "Phạm Thu Ký", Roles.SECRETARY, Clearance.TOI_MAT, office);
        account(SIGNER, "Nguyễn Văn Lãnh Đạo", Roles.SIGNER, Clearance.TUYET_MAT, province);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, office);
        for (int i = 1; i <= 9; i++) {
            account("uv" + i, "Ủy viên số " + i, Roles.VIEWER, Clearance.MAT, province);
        }

        new MeetingsSchema(migrations);
        meetings = new JdbcMeetingService(tx, user, audit, accounts, organisation, files, events.publisher, clock);
        elections = new JdbcElectionService(tx, user, audit, events.publisher, clock);
    }

    private void account(String login, String name, String role, Clearance clearance, Unit unit) {
        asAdmin(() -> accounts.create(new AccountChange(login, name, "mật khẩu đăng nhập 1", Set.of(role), clearance,
                unit.id(), true)));
    }

    /** The administrator, inserted directly as the platform's first start does. */
    private void insertAdmin() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PLATFORM.ACCOUNTS (LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, CLEARANCE, UNIT_ID, ENABLED, "
                        + "CREATED_AT) VALUES (?, 'Quản trị', 'not-a-login', 'admin', 'TUYET_MAT', NULL, TRUE, 0)")) {
            ps.setString(1, ADMIN);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configuration annotation: the given values, the annotation's defaults for the rest. */
    static <A> A config(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    <T> T as(String login, Callable<T> work) {
        try {
            return user.callAs(login, work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T asAdmin(Callable<T> work) {
        return as(ADMIN, work);
    }

    @Override
    public void close() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseName);
        ds.setConnectionAttributes("drop=true");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }

    /** A clock tests move forward by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Collects the events the module posts. */
    static final class RecordingEvents {
        final java.util.List<String> topics = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.List<Map<String, ?>> properties = new java.util.concurrent.CopyOnWriteArrayList<>();
        final MeetingEventPublisher publisher = new MeetingEventPublisher() {
            @Override
            public void post(String topic, Map<String, ?> props) {
                topics.add(topic);
                properties.add(props);
            }
        };
    }

}
