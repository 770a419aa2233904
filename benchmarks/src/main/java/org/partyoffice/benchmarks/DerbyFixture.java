package org.partyoffice.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcNumberingService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;

/**
 * One file-based embedded Derby database (durable commits, as in production) with the platform
 * schema, the platform services on it, and a plain table for the raw-JDBC baseline.
 */
final class DerbyFixture implements AutoCloseable {

    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final JdbcTransactions tx;
    final ThreadCurrentUser user;
    final JdbcAuditTrail audit;
    final JdbcNumberingService numbering;
    private final Path dir;
    private final String name;
    private final com.zaxxer.hikari.HikariDataSource pool;

    DerbyFixture() throws Exception {
        this(false);
    }

    /**
     * {@code pooled}: the services get their connections from a HikariCP pool over the database,
     * as in production (pax-jdbc-config with {@code pool = hikari}), instead of a new embedded
     * connection per transaction.
     */
    DerbyFixture(boolean pooled) throws Exception {
        dir = Files.createTempDirectory("po-bench");
        name = dir.resolve("db").toString();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        if (pooled) {
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setDataSource(dataSource);
            config.setMaximumPoolSize(16);
            config.setMinimumIdle(2);
            config.setAutoCommit(true);
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } else {
            pool = null;
        }
        tx = new JdbcTransactions(pool != null ? pool : dataSource);
        new MigrationRunner(tx).migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        audit = new JdbcAuditTrail(tx, user);
        numbering = new JdbcNumberingService(tx);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE RAW_LOG (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, AT_MILLIS BIGINT, "
                    + "ACTOR VARCHAR(64), MODULE VARCHAR(64), ACTION VARCHAR(64), OBJECT_ID VARCHAR(200), DETAIL VARCHAR(4000))");
        }
    }

    /** The administrator account the services act as (no password: benchmarks never sign in). */
    static void seedAdmin(javax.sql.DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PLATFORM.ACCOUNTS (LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, CLEARANCE, UNIT_ID, ENABLED, "
                        + "CREATED_AT) VALUES ('admin', 'Quản trị', 'not-a-login', 'admin', 'TUYET_MAT', NULL, TRUE, 0)")) {
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        if (pool != null) {
            pool.close();
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(name);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
