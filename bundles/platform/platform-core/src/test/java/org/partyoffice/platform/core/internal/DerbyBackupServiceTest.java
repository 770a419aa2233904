package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.UnitType;

class DerbyBackupServiceTest {

    private static final byte[] MINUTES = "Biên bản hội nghị Tỉnh ủy Lào Cai".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private TestDatabase db;
    private FileContentStore store;
    private DerbyBackupService backups;

    @BeforeEach
    void setUp() {
        // SYSCS_BACKUP_DATABASE needs a database on disk
        db = TestDatabase.onDisk(dir.resolve("src"));
        db.insertAdmin();
        store = new FileContentStore(dir.resolve("store"));
        backups = new DerbyBackupService(db.tx, store, db.audit, db.currentUser);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void backsUpTheDatabaseAndTheContentStore() throws Exception {
        db.asAdmin(() -> db.organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE,
                null, LocalDate.of(2020, 1, 1))));
        String hash = store.put(new ByteArrayInputStream(MINUTES));
        Files.writeString(store.root().resolve("incoming-123.tmp"), "half written");

        Path folder = db.asAdmin(() -> backups.backup(dir.resolve("backups")));

        assertEquals(dir.resolve("backups"), folder.getParent());
        assertTrue(folder.getFileName().toString().matches("partyoffice-\\d{8}-\\d{6}"), folder.toString());
        assertTrue(Files.isDirectory(folder.resolve("db")));
        Path copy = folder.resolve("db").resolve("src");
        assertEquals(List.of("Tỉnh ủy Lào Cai"), query(copy, "SELECT NAME FROM PLATFORM.UNITS WHERE CODE = '000.00.00.H37'"));
        // the backup's own audit entry is written after the copy was taken
        assertEquals(List.of("unit.create"), query(copy, "SELECT ACTION FROM PLATFORM.AUDIT_LOG ORDER BY SEQ"));

        Path copiedFile = folder.resolve("files").resolve(hash.substring(0, 2)).resolve(hash.substring(2));
        assertArrayEquals(MINUTES, Files.readAllBytes(copiedFile));
        assertFalse(Files.exists(folder.resolve("files").resolve("incoming-123.tmp")));

        assertEquals(folder.toString(), db.audit.query(new AuditQuery("admin", "platform", "backup", null, null, null, 0))
                .get(0).objectId());
        assertTrue(db.audit.verify().valid());
    }

    @Test
    void moduleFoldersAreCopiedButNotTheRebuildableSearchIndexes() throws Exception {
        Path data = dir.resolve("karaf-data");
        Files.createDirectories(data.resolve("partyoffice/signatures"));
        Files.writeString(data.resolve("partyoffice/signatures/ca.p12"), "khóa CA");
        Files.createDirectories(data.resolve("partyoffice/index/documents"));
        Files.writeString(data.resolve("partyoffice/index/documents/segments_1"), "lucene");
        String previous = System.getProperty("karaf.data");
        System.setProperty("karaf.data", data.toString());
        try {
            Path folder = db.asAdmin(() -> backups.backup(dir.resolve("backups")));
            assertEquals("khóa CA", Files.readString(folder.resolve("signatures/ca.p12")));
            assertFalse(Files.exists(folder.resolve(DerbyBackupService.SEARCH_INDEXES)));
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", previous);
            }
        }
    }

    @Test
    void backupWithoutStoreFolderCopiesOnlyTheDatabase() {
        Path folder = db.asAdmin(() -> backups.backup(dir.resolve("backups")));

        assertTrue(Files.isDirectory(folder.resolve("db").resolve("src")));
        assertFalse(Files.exists(folder.resolve("files")));
    }

    @Test
    void onlyAdministratorsBackUp() {
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);

        assertThrows(AccessDeniedException.class, () -> backups.backup(dir.resolve("backups")));
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu", () -> backups.backup(dir.resolve("backups"))));
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void otherDatabasesAreLeftToTheirOwnTools() {
        Transactions postgres = new Transactions() {
            @Override
            public <T> T required(Work<T> work) {
                return db.tx.required(work);
            }

            @Override
            public <T> T requiresNew(Work<T> work) {
                return db.tx.requiresNew(work);
            }

            @Override
            public boolean active() {
                return db.tx.active();
            }

            @Override
            public String databaseProduct() {
                return "PostgreSQL";
            }
        };
        DerbyBackupService service = new DerbyBackupService(postgres, store, db.audit, db.currentUser);

        ConflictException e = assertThrows(ConflictException.class,
                () -> db.asAdmin(() -> service.backup(dir.resolve("backups"))));
        assertEquals("database", e.field());
        assertTrue(e.getMessage().contains("PostgreSQL"));
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    /** Opens the backup copy, reads one column, and shuts the copy down again. */
    private static List<String> query(Path database, String sql) throws SQLException {
        String name = database.toAbsolutePath().toString();
        EmbeddedDataSource ds = TestDatabase.dataSource(name);
        List<String> result = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        } finally {
            TestDatabase.close(name);
        }
        return result;
    }
}
