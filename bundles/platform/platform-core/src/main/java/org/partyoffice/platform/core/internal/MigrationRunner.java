package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partyoffice.platform.api.SchemaMigrations;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs numbered SQL scripts per schema and records them in {@code PLATFORM.SCHEMA_HISTORY}.
 * A small runner rather than Liquibase/Flyway: those need half a dozen more bundles in OSGi
 * (SPI Fly, ASM, YAML ...) and slow the boot, for what is here a few dozen lines.
 */
public final class MigrationRunner implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final String HISTORY = "PLATFORM.SCHEMA_HISTORY";

    private final Transactions tx;

    public MigrationRunner(Transactions tx) {
        this.tx = tx;
        bootstrap();
    }

    /** Creates the PLATFORM schema and the history table on an empty database. */
    private void bootstrap() {
        tx.required(c -> {
            if (!tableExists(c, "PLATFORM", "SCHEMA_HISTORY")) {
                if (!schemaExists(c, "PLATFORM")) {
                    execute(c, "CREATE SCHEMA PLATFORM");
                }
                execute(c, "CREATE TABLE " + HISTORY + " (SCHEMA_NAME VARCHAR(64) NOT NULL, "
                        + "VERSION INTEGER NOT NULL, DESCRIPTION VARCHAR(400) NOT NULL, "
                        + "CHECKSUM CHAR(64) NOT NULL, APPLIED_AT BIGINT NOT NULL, "
                        + "CONSTRAINT SCHEMA_HISTORY_PK PRIMARY KEY (SCHEMA_NAME, VERSION))");
            }
            return null;
        });
    }

    @Override
    public synchronized int migrate(String schema, Class<?> anchor, String folder) {
        String name = schema.toUpperCase(Locale.ROOT);
        List<Script> scripts = load(anchor, folder);
        return tx.required(c -> {
            // Serialises migrations across processes sharing a network database.
            execute(c, "LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
            List<Applied> applied = history(c, name);
            for (Applied a : applied) {
                if (a.version() <= scripts.size()) {
                    Script s = scripts.get(a.version() - 1);
                    if (!s.checksum().equals(a.checksum())) {
                        throw new IllegalStateException("Migration " + name + " v" + a.version()
                                + " was changed after it was applied (checksum differs); add a new script instead");
                    }
                }
            }
            int version = applied.isEmpty() ? 0 : applied.get(applied.size() - 1).version();
            if (version == 0 && !schemaExists(c, name)) {
                execute(c, "CREATE SCHEMA " + name);
            }
            for (int v = version + 1; v <= scripts.size(); v++) {
                Script s = scripts.get(v - 1);
                for (String statement : s.statements()) {
                    execute(c, statement);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                        + " (SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?,?,?,?,?)")) {
                    ps.setString(1, name);
                    ps.setInt(2, v);
                    ps.setString(3, s.description());
                    ps.setString(4, s.checksum());
                    ps.setLong(5, System.currentTimeMillis());
                    ps.executeUpdate();
                }
                LOG.info("Schema {} migrated to version {}: {}", name, v, s.description());
                version = v;
            }
            return version;
        });
    }

    @Override
    public List<Applied> history(String schema) {
        return tx.required(c -> history(c, schema.toUpperCase(Locale.ROOT)));
    }

    private static List<Applied> history(Connection c, String schema) throws SQLException {
        List<Applied> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT FROM "
                + HISTORY + " WHERE SCHEMA_NAME = ? ORDER BY VERSION")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Applied(schema, rs.getInt(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        }
        return result;
    }

    /** Loads {@code folder/1.sql, 2.sql, ...} until the first missing number. */
    static List<Script> load(Class<?> anchor, String folder) {
        List<Script> scripts = new ArrayList<>();
        ClassLoader loader = anchor.getClassLoader();
        for (int v = 1; ; v++) {
            URL url = loader.getResource(folder + "/" + v + ".sql");
            if (url == null) {
                break;
            }
            try (InputStream in = url.openStream()) {
                scripts.add(Script.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + url, e);
            }
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("No migrations found under " + folder + " for " + anchor.getName());
        }
        return scripts;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static boolean schemaExists(Connection c, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String candidate : new String[] {schema, schema.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getSchemas(null, candidate)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, schema, table, null)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = md.getTables(null, schema.toLowerCase(Locale.ROOT), table.toLowerCase(Locale.ROOT), null)) {
            return rs.next();
        }
    }

    /** One migration script: its description (first comment line), statements and checksum. */
    record Script(String description, List<String> statements, String checksum) {

        static Script parse(String text) {
            String normalized = text.replace("\r\n", "\n");
            String description = "";
            List<String> statements = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (String line : normalized.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--")) {
                    if (description.isEmpty()) {
                        description = trimmed.substring(2).strip();
                    }
                    continue;
                }
                if (trimmed.isEmpty()) {
                    continue;
                }
                sb.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    statements.add(sb.substring(0, sb.lastIndexOf(";")).strip());
                    sb.setLength(0);
                }
            }
            if (!sb.toString().isBlank()) {
                statements.add(sb.toString().strip());
            }
            return new Script(description.isEmpty() ? "migration" : description, List.copyOf(statements),
                    Hashing.sha256Hex(normalized.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
