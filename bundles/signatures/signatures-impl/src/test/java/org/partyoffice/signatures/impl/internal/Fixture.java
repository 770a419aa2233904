package org.partyoffice.signatures.impl.internal;

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
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.ExecutorJobService;
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
 * wire them, with a small office: a province, an administrator, two signers and a viewer.
 */
final class Fixture implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String SIGNER = "nguyen.an";
    static final String SIGNER_NAME = "Nguyễn Văn An";
    static final String OTHER_SIGNER = "tran.binh";
    static final String VIEWER = "le.xem";
    static final String PROVINCE = "Tỉnh ủy Lào Cai";
    static final String PROVINCE_CODE = "000.00.00.H37";
    static final char[] TOKEN_PASSWORD = "Mat-khau ky so 2025!".toCharArray();

    static {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String databaseName = "memory:signaturestest" + COUNTER.incrementAndGet();
    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final JdbcTransactions tx;
    final MigrationRunner migrations;
    final ThreadCurrentUser user;
    final JdbcAuditTrail audit;
    final JdbcOrganisationService organisation;
    final JdbcAccountService accounts;
    final FileContentStore store;
    final TestClock clock = new TestClock(Instant.now());
    final Path folder;
    final Events events = new Events();
    private ExecutorJobService jobs;
    final Unit province;

    Fixture(Path temp) {
        dataSource.setDatabaseName(databaseName);
        dataSource.setCreateDatabase("create");
        tx = new JdbcTransactions(dataSource);
        migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        audit = new JdbcAuditTrail(tx, user);
        organisation = new JdbcOrganisationService(tx, audit, user, events);
        accounts = new JdbcAccountService(tx, audit, user, organisation, events);
        store = new FileContentStore(temp.resolve("files"));
        folder = temp.resolve("ca");
        insertAdmin();
        province = asAdmin(() -> organisation.create(new NewUnit(PROVINCE_CODE, PROVINCE, UnitType.PROVINCE, null,
                LocalDate.of(2025, 7, 1))));
        asAdmin(() -> {
            accounts.create(new AccountChange(SIGNER, SIGNER_NAME, "mật khẩu đăng nhập 1", Set.of("signer"),
                    Clearance.MAT, province.id(), true));
            accounts.create(new AccountChange(OTHER_SIGNER, "Trần Thị Bình", "mật khẩu đăng nhập 2", Set.of("signer"),
                    Clearance.MAT, province.id(), true));
            return accounts.create(new AccountChange(VIEWER, "Lê Xem", "mật khẩu đăng nhập 3", Set.of("viewer"),
                    Clearance.UNCLASSIFIED, province.id(), true));
        });
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

    /** A CA with the default configuration in this fixture's folder. */
    CaService ca() {
        return ca(Map.of());
    }

    CaService ca(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.putIfAbsent("folder", folder.toString());
        return new CaService(tx, migrations, user, audit, accounts, organisation, store, config(CaService.Config.class, all),
                clock);
    }

    /** The device register, revoking through {@code ca}. */
    DeviceRegistryService devices(CaService ca) {
        return new DeviceRegistryService(tx, user, audit, accounts, ca, clock);
    }

    /** Registers device {@code serial} and issues it to {@code holder}, as the administrator. */
    void issuedDevice(CaService ca, String serial, String holder) {
        DeviceRegistryService devices = devices(ca);
        asAdmin(() -> devices.register(serial, "SafeNet eToken 5110"));
        asAdmin(() -> devices.issue(serial, holder));
    }

    /** The platform's job service (two threads), created on first use. */
    synchronized ExecutorJobService jobs() {
        if (jobs == null) {
            jobs = new ExecutorJobService(user, events, config(ExecutorJobService.Config.class, Map.of("threads", 2)));
        }
        return jobs;
    }

    /** Batch issuance through {@code ca}, on {@link #jobs()}. */
    BatchIssuanceService batch(CaService ca) {
        return new BatchIssuanceService(ca, jobs(), user);
    }

    CmsSignatureService signatures(CaService ca) {
        return signatures(ca, Duration.ofMinutes(5));
    }

    /** Signing with key sessions of {@code idle} (zero: none). */
    CmsSignatureService signatures(CaService ca, Duration idle) {
        return new CmsSignatureService(ca, tx, user, audit, store, clock, idle, Duration.ofHours(1));
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
            return ZoneOffset.UTC;
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
