package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.ConflictException;

class JdbcTransactionsTest {

    private TestDatabase db;
    private JdbcTransactions tx;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        tx = db.tx;
        tx.required(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("CREATE TABLE PLATFORM.NOTES (ID INT NOT NULL PRIMARY KEY, TEXT VARCHAR(100))");
            }
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void requiredCommitsWhenTheWorkReturns() {
        assertFalse(tx.active());

        int rows = tx.required(c -> {
            assertTrue(tx.active());
            assertFalse(c.getAutoCommit());
            return insert(c, 1, "Tỉnh ủy Lào Cai");
        });

        assertEquals(1, rows);
        assertFalse(tx.active());
        assertEquals(1, notes());
    }

    @Test
    void requiredRollsBackAndRethrowsOnFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tx.required(c -> {
            insert(c, 1, "Đảng ủy xã Bát Xát");
            throw new IllegalStateException("không lưu được");
        }));

        assertEquals("không lưu được", e.getMessage());
        assertFalse(tx.active());
        assertEquals(0, notes());
    }

    @Test
    void nestedRequiredJoinsTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> tx.required(outer -> {
            insert(outer, 1, "ngoài");
            tx.required(inner -> {
                assertSame(outer, inner);
                return insert(inner, 2, "trong");
            });
            throw new IllegalStateException("rollback both");
        }));

        assertEquals(0, notes());
    }

    @Test
    void requiresNewCommitsOnItsOwnAndRestoresTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> tx.required(outer -> {
            insert(outer, 1, "ngoài");
            tx.requiresNew(inner -> {
                assertNotSame(outer, inner);
                return insert(inner, 2, "độc lập");
            });
            assertTrue(tx.active());
            tx.required(again -> {
                assertSame(outer, again);
                return null;
            });
            throw new IllegalStateException("rollback the outer one only");
        }));

        assertEquals(1, notes());
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.NOTES WHERE ID = 2"));
    }

    @Test
    void sqlErrorsAreTranslatedWithoutSqlText() {
        tx.required(c -> insert(c, 1, "một"));

        ConflictException duplicate = assertThrows(ConflictException.class, () -> tx.required(c -> insert(c, 1, "lại")));
        assertEquals(409, duplicate.status());

        DatabaseException broken = assertThrows(DatabaseException.class,
                () -> tx.required(c -> {
                    try (Statement st = c.createStatement()) {
                        return st.executeQuery("SELECT NOPE FROM PLATFORM.NOTES").next();
                    }
                }));
        assertEquals(503, broken.status());
        assertEquals("database-unavailable", broken.problemType());
        assertFalse(broken.getMessage().contains("SELECT"), broken.getMessage());
        assertTrue(broken.getCause() instanceof SQLException);
        assertFalse(tx.active());
    }

    @Test
    void reportsTheDatabaseProduct() {
        assertEquals("Apache Derby", tx.databaseProduct());
    }

    private static int insert(Connection c, int id, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.NOTES (ID, TEXT) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, text);
            return ps.executeUpdate();
        }
    }

    private long notes() {
        return db.count("SELECT COUNT(*) FROM PLATFORM.NOTES");
    }
}
