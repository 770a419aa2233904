package org.partyoffice.platform.api;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Plain-JDBC transactions on the platform's one {@code DataSource}. Work nested on the same
 * thread joins the outer transaction, so a module's change, its audit entry and its official
 * number commit or roll back together.
 */
@ProviderType
public interface Transactions {

    /** A unit of work on a connection; do not commit, roll back or close it yourself. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in the current transaction, or in a new one committed when it returns. */
    <T> T required(Work<T> work);

    /** Runs {@code work} in a new transaction of its own, even inside another. */
    <T> T requiresNew(Work<T> work);

    /** True when the calling thread is inside a transaction. */
    boolean active();

    /** The database product, e.g. {@code Apache Derby} or {@code PostgreSQL}. */
    String databaseProduct();
}
