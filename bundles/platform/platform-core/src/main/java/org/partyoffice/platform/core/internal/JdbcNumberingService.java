package org.partyoffice.platform.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.NumberingService;
import org.partyoffice.platform.api.SequenceKey;
import org.partyoffice.platform.api.Transactions;

/**
 * Gap-free numbers: the draw increments the sequence row inside the caller's transaction, so the
 * row stays locked until the caller commits (next caller waits) or rolls back (number returns).
 */
@Component(service = NumberingService.class)
public final class JdbcNumberingService implements NumberingService {

    private final Transactions tx;

    @Activate
    public JdbcNumberingService(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public long next(SequenceKey key) {
        return tx.required(c -> {
            if (increment(c, key) == 0) {
                createRow(key);
                if (increment(c, key) == 0) {
                    throw new DatabaseException("sequence " + key + " could not be created", null);
                }
            }
            return read(c, key);
        });
    }

    @Override
    public long current(SequenceKey key) {
        return tx.required(c -> read(c, key));
    }

    private static int increment(Connection c, SequenceKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.SEQUENCES SET LAST_VALUE = LAST_VALUE + 1 "
                + "WHERE REGISTER_NAME = ? AND SEQ_TYPE = ? AND PERIOD = ?")) {
            bind(ps, key);
            return ps.executeUpdate();
        }
    }

    /**
     * Creates the sequence row at 0 in a transaction of its own, so a concurrent first draw finds
     * it committed; losing that race to another creator is fine.
     */
    private void createRow(SequenceKey key) {
        tx.requiresNew(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.SEQUENCES "
                    + "(REGISTER_NAME, SEQ_TYPE, PERIOD, LAST_VALUE) VALUES (?,?,?,0)")) {
                bind(ps, key);
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    return 0; // another caller created the row first: exactly what we needed
                }
                throw e;
            }
        });
    }

    private static long read(Connection c, SequenceKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_VALUE FROM PLATFORM.SEQUENCES "
                + "WHERE REGISTER_NAME = ? AND SEQ_TYPE = ? AND PERIOD = ?")) {
            bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement ps, SequenceKey key) throws SQLException {
        ps.setString(1, key.register());
        ps.setString(2, key.type());
        ps.setString(3, key.period());
    }
}
