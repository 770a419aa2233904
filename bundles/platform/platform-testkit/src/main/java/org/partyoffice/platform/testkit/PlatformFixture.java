package org.partyoffice.platform.testkit;

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
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcAccountService;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcNumberingService;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;

/**
 * The platform's services on a fresh in-memory Derby database, with an administrator ({@code admin},
 * Tuyệt mật, no unit) inserted as the platform's first start does. A module's test fixture extends
 * it and wires the module's components on top, as Declarative Services would.
 */
public class PlatformFixture implements AutoCloseable {

    public static final String ADMIN = "admin";
    /** The login password of accounts made with {@link #account}. */
    public static final String PASSWORD = "mật khẩu đăng nhập 1";

    static {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String databaseName = "memory:partyofficetest" + COUNTER.incrementAndGet();
    public final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    public final JdbcTransactions tx;
    public final MigrationRunner migrations;
    public final ThreadCurrentUser user;
    public final JdbcAuditTrail audit;
    public final Events events = new Events();
    public final JdbcOrganisationService organisation;
    public final JdbcAccountService accounts;
    public final JdbcNumberingService numbering;
    public final FileContentStore files;
    public final TestClock clock;

    /** The platform, its files under {@code temp}, with a clock starting at {@code start}. */
    public PlatformFixture(Path temp, Instant start) {
        clock = new TestClock(start);
        dataSource.setDatabaseName(databaseName);
        dataSource.setCreateDatabase("create");
        tx = new JdbcTransactions(dataSource);
        migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        audit = new JdbcAuditTrail(tx, user);
        organisation = new JdbcOrganisationService(tx, audit, user, events);
        accounts = new JdbcAccountService(tx, audit, user, organisation, events);
        numbering = new JdbcNumberingService(tx);
        files = new FileContentStore(temp.resolve("files"));
        insertAdmin();
    }

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

    /** A unit created by the administrator, valid from 1 July 2025 (the merged provinces' first day). */
    public Unit unit(String code, String name, UnitType type, Unit parent) {
        return asAdmin(() -> organisation.create(new NewUnit(code, name, type, parent == null ? null : parent.id(),
                LocalDate.of(2025, 7, 1))));
    }

    /** An enabled account with one role, created by the administrator, password {@link #PASSWORD}. */
    public Account account(String login, String fullName, String role, Clearance clearance, Unit unit) {
        return asAdmin(() -> accounts.create(new AccountChange(login, fullName, PASSWORD, Set.of(role), clearance,
                unit == null ? null : unit.id(), true)));
    }

    /** Runs {@code work} as {@code login}, as the REST filter and the shell bind a user. */
    public <T> T as(String login, Callable<T> work) {
        try {
            return user.callAs(login, work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T asAdmin(Callable<T> work) {
        return as(ADMIN, work);
    }

    /** A configuration annotation with the given values and the annotation's defaults for the rest. */
    public static <A> A config(Class<A> type, Map<String, Object> values) {
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

    /** Drops the in-memory database. */
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

    /** A clock tests move forward by hand, in the office's time zone. */
    public static final class TestClock extends Clock {
        private volatile Instant now;

        public TestClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
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
}
