package org.partyoffice.platform.core.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.Clearance;

/**
 * A migrated Derby database with the platform services wired as Declarative Services would wire
 * them. In memory by default; {@link #onDisk} for what needs real files (backup).
 */
final class TestDatabase implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "correct horse 1";

    static {
        // Keep derby.log out of the module folder.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String databaseName;
    final EmbeddedDataSource dataSource;
    final JdbcTransactions tx;
    final MigrationRunner migrations;
    final ThreadCurrentUser currentUser;
    final JdbcAuditTrail audit;
    final JdbcNumberingService numbering;
    final RecordingEvents events = new RecordingEvents();
    final JdbcOrganisationService organisation;
    final JdbcAccountService accounts;

    private TestDatabase(String databaseName) {
        this.databaseName = databaseName;
        this.dataSource = dataSource(databaseName);
        dataSource.setCreateDatabase("create");
        this.tx = new JdbcTransactions(dataSource);
        this.migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        this.currentUser = new ThreadCurrentUser(tx);
        this.audit = new JdbcAuditTrail(tx, currentUser);
        this.numbering = new JdbcNumberingService(tx);
        this.organisation = new JdbcOrganisationService(tx, audit, currentUser, events);
        this.accounts = new JdbcAccountService(tx, audit, currentUser, organisation, events);
    }

    static TestDatabase inMemory() {
        return new TestDatabase(memoryName());
    }

    static TestDatabase onDisk(Path folder) {
        return new TestDatabase(folder.toAbsolutePath().toString());
    }

    /** A fresh, unique in-memory database name (not yet created). */
    static String memoryName() {
        return "memory:platformtest" + COUNTER.incrementAndGet();
    }

    static EmbeddedDataSource dataSource(String databaseName) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseName);
        return ds;
    }

    /** The administrator of the brief: all roles needed to change units and accounts. */
    Account insertAdmin() {
        return new AccountRepository(tx).insert(ADMIN, "Quản trị", PasswordHasher.hash(ADMIN_PASSWORD.toCharArray()),
                Set.of("admin"), Clearance.TUYET_MAT, null, true);
    }

    /** Inserts an account directly, bypassing the service's permission checks. */
    Account insertAccount(String login, String fullName, Set<String> roles, Clearance clearance, boolean enabled) {
        return new AccountRepository(tx).insert(login, fullName, PasswordHasher.hash("mật khẩu thử 123".toCharArray()),
                roles, clearance, null, enabled);
    }

    <T> T as(String login, Callable<T> work) {
        try {
            return currentUser.callAs(login, work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T asAdmin(Callable<T> work) {
        return as(ADMIN, work);
    }

    /** Plain auto-committed SQL, outside the services, e.g. to tamper with rows. */
    int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops an in-memory database, shuts a file-based one down so its files are released. */
    @Override
    public void close() {
        close(databaseName);
    }

    static void close(String databaseName) {
        EmbeddedDataSource ds = dataSource(databaseName);
        if (databaseName.startsWith("memory:")) {
            ds.setConnectionAttributes("drop=true");
        } else {
            ds.setShutdownDatabase("shutdown");
        }
        try {
            ds.getConnection().close();
            throw new IllegalStateException("Derby did not shut down " + databaseName);
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("cannot shut down " + databaseName, expected);
            }
        }
    }

    /** Events that records what would be posted to EventAdmin. */
    static final class RecordingEvents extends Events {
        record Posted(String topic, Map<String, ?> properties) {
        }

        final List<Posted> posted = new CopyOnWriteArrayList<>();

        @Override
        public void post(String topic, Map<String, ?> properties) {
            posted.add(new Posted(topic, Map.copyOf(properties)));
            super.post(topic, properties);
        }

        List<Posted> topic(String topic) {
            return posted.stream().filter(p -> p.topic().equals(topic)).toList();
        }
    }
}
