package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.SchemaMigrations.Applied;

class MigrationRunnerTest {

    private String name;
    private EmbeddedDataSource dataSource;
    private JdbcTransactions tx;
    private MigrationRunner runner;

    @BeforeEach
    void emptyDatabase() {
        name = TestDatabase.memoryName();
        dataSource = TestDatabase.dataSource(name);
        dataSource.setCreateDatabase("create");
        tx = new JdbcTransactions(dataSource);
        runner = new MigrationRunner(tx);
    }

    @AfterEach
    void drop() {
        TestDatabase.close(name);
    }

    @Test
    void appliesPlatformScriptsAndRecordsVersionWithChecksum() throws Exception {
        assertEquals(1, runner.migrate("PLATFORM", PlatformDatabase.class, "db/platform"));

        List<Applied> history = runner.history("PLATFORM");
        assertEquals(1, history.size());
        Applied first = history.get(0);
        assertEquals("PLATFORM", first.schema());
        assertEquals(1, first.version());
        assertEquals("Organisation tree with history, accounts, audit trail and numbering sequences", first.description());
        assertEquals(Hashing.sha256Hex(resource("db/platform/1.sql").getBytes(StandardCharsets.UTF_8)), first.checksum());
        assertNotNull(first.at());

        List<String> rows = rows("SELECT SCHEMA_NAME || ':' || TRIM(CHAR(VERSION)) || ':' || CHECKSUM "
                + "FROM PLATFORM.SCHEMA_HISTORY ORDER BY SCHEMA_NAME, VERSION");
        assertEquals(List.of("PLATFORM:1:" + first.checksum()), rows);
        // the script's tables are there, including the seeded audit chain head
        assertEquals(List.of("0:" + JdbcAuditTrail.GENESIS),
                rows("SELECT TRIM(CHAR(LAST_SEQ)) || ':' || LAST_HASH FROM PLATFORM.AUDIT_HEAD"));
        assertEquals(List.of("0"), rows("SELECT TRIM(CHAR(COUNT(*))) FROM PLATFORM.UNITS"));
    }

    @Test
    void migratingAgainIsANoOp() throws Exception {
        runner.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        List<Applied> before = runner.history("PLATFORM");

        assertEquals(1, runner.migrate("PLATFORM", PlatformDatabase.class, "db/platform"));
        // a new runner on the same database (a restart) finds the history table and changes nothing
        MigrationRunner restarted = new MigrationRunner(new JdbcTransactions(dataSource));
        assertEquals(1, restarted.migrate("platform", PlatformDatabase.class, "db/platform"));
        new PlatformDatabase(dataSource);

        assertEquals(before, runner.history("PLATFORM"));
        assertEquals(List.of("1"), rows("SELECT TRIM(CHAR(COUNT(*))) FROM PLATFORM.SCHEMA_HISTORY"));
    }

    @Test
    void moduleSchemaMigratesToItsOwnVersion() throws Exception {
        runner.migrate("PLATFORM", PlatformDatabase.class, "db/platform");

        assertEquals(2, runner.migrate("testmod", MigrationRunnerTest.class, "db/testmod"));

        List<Applied> history = runner.history("testmod");
        assertEquals(List.of(1, 2), history.stream().map(Applied::version).toList());
        assertEquals(List.of("Meetings of the committee", "Presiding unit of each meeting"),
                history.stream().map(Applied::description).toList());
        assertTrue(history.stream().allMatch(a -> a.schema().equals("TESTMOD")));
        assertEquals(1, runner.history("PLATFORM").size());
        assertEquals(List.of("Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai|000.00.00.H37"),
                rows("SELECT TITLE || '|' || UNIT_CODE FROM TESTMOD.MEETINGS"));
    }

    @Test
    void appliesOnlyScriptsNewerThanTheRecordedVersion() throws Exception {
        // db/testmod-v1 holds a byte-identical copy of db/testmod/1.sql only
        assertEquals(1, runner.migrate("TESTMOD", MigrationRunnerTest.class, "db/testmod-v1"));
        Applied v1 = runner.history("TESTMOD").get(0);

        assertEquals(2, runner.migrate("TESTMOD", MigrationRunnerTest.class, "db/testmod"));

        List<Applied> history = runner.history("TESTMOD");
        assertEquals(2, history.size());
        assertEquals(v1, history.get(0));
        // version 1 was not run again: its INSERT would have failed on the primary key
        assertEquals(List.of("1"), rows("SELECT TRIM(CHAR(COUNT(*))) FROM TESTMOD.MEETINGS"));
    }

    @Test
    void changedScriptFailsLoudlyAndChangesNothing() throws Exception {
        runner.migrate("TESTMOD", MigrationRunnerTest.class, "db/testmod");
        List<Applied> before = runner.history("TESTMOD");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.migrate("TESTMOD", MigrationRunnerTest.class, "db/testmod-changed"));

        assertTrue(e.getMessage().contains("TESTMOD v1"), e.getMessage());
        assertEquals(before, runner.history("TESTMOD"));
    }

    @Test
    void missingFolderFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.migrate("NOTHING", MigrationRunnerTest.class, "db/does-not-exist"));
        assertTrue(e.getMessage().contains("db/does-not-exist"), e.getMessage());
        assertTrue(runner.history("NOTHING").isEmpty());
    }

    @Test
    void failingScriptRollsBackAsAWholeAndRecordsNothing() throws Exception {
        assertThrows(DatabaseException.class,
                () -> runner.migrate("BROKEN", MigrationRunnerTest.class, "db/testmod-broken"));

        assertTrue(runner.history("BROKEN").isEmpty());
        // Derby DDL is transactional: the first statement's table is gone too
        assertEquals(List.of("0"), rows("SELECT TRIM(CHAR(COUNT(*))) FROM SYS.SYSTABLES WHERE TABLENAME = 'FIRST'"));
    }

    @Test
    void parseSplitsStatementsAndTakesDescriptionFromFirstComment() {
        String text = "-- Văn bản đến: sổ đăng ký\n"
                + "-- a second comment is not the description\n"
                + "CREATE TABLE DOCS.INCOMING (\n"
                + "  ID BIGINT NOT NULL,\n"
                + "  -- comments inside a statement are dropped\n"
                + "  TITLE VARCHAR(400)\n"
                + ");\n"
                + "\n"
                + "CREATE INDEX INCOMING_IX ON DOCS.INCOMING (TITLE);\n"
                + "INSERT INTO DOCS.INCOMING VALUES (1, 'Công văn số 12-CV/TU')\n";

        MigrationRunner.Script script = MigrationRunner.Script.parse(text);

        assertEquals("Văn bản đến: sổ đăng ký", script.description());
        assertEquals(List.of(
                "CREATE TABLE DOCS.INCOMING (\n  ID BIGINT NOT NULL,\n  TITLE VARCHAR(400)\n)",
                "CREATE INDEX INCOMING_IX ON DOCS.INCOMING (TITLE)",
                "INSERT INTO DOCS.INCOMING VALUES (1, 'Công văn số 12-CV/TU')"), script.statements());
        assertEquals(Hashing.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), script.checksum());
    }

    @Test
    void parseIgnoresLineEndingsForTheChecksumAndDefaultsTheDescription() {
        MigrationRunner.Script unix = MigrationRunner.Script.parse("CREATE SCHEMA A;\nCREATE SCHEMA B;\n");
        MigrationRunner.Script windows = MigrationRunner.Script.parse("CREATE SCHEMA A;\r\nCREATE SCHEMA B;\r\n");

        assertEquals("migration", unix.description());
        assertEquals(List.of("CREATE SCHEMA A", "CREATE SCHEMA B"), unix.statements());
        assertEquals(unix, windows);
        assertNotEquals(unix.checksum(), MigrationRunner.Script.parse("CREATE SCHEMA A;\n").checksum());
    }

    @Test
    void loadReadsNumberedScriptsUntilTheFirstGap() {
        List<MigrationRunner.Script> scripts = MigrationRunner.load(MigrationRunnerTest.class, "db/testmod");
        assertEquals(2, scripts.size());
        assertEquals(2, scripts.get(0).statements().size());
        assertEquals(List.of("ALTER TABLE TESTMOD.MEETINGS ADD COLUMN UNIT_CODE VARCHAR(64)",
                "UPDATE TESTMOD.MEETINGS SET UNIT_CODE = '000.00.00.H37'"), scripts.get(1).statements());
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MigrationRunnerTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
