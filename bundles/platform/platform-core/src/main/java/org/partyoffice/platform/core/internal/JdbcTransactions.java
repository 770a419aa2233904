package org.partyoffice.platform.core.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.partyoffice.platform.api.Transactions;

/**
 * Thread-bound JDBC transactions: the outermost {@link #required} opens a connection with
 * auto-commit off and commits or rolls back when it returns; nested calls reuse it.
 */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final String product;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to the database", e);
        }
    }

    @Override
    public <T> T required(Work<T> work) {
        Connection existing = current.get();
        if (existing != null) {
            try {
                return work.run(existing);
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        }
        return runNew(work);
    }

    @Override
    public <T> T requiresNew(Work<T> work) {
        Connection outer = current.get();
        try {
            return runNew(work);
        } finally {
            if (outer != null) {
                current.set(outer);
            }
        }
    }

    private <T> T runNew(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw SqlErrors.translate(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    @Override
    public boolean active() {
        return current.get() != null;
    }

    @Override
    public String databaseProduct() {
        return product;
    }
}
