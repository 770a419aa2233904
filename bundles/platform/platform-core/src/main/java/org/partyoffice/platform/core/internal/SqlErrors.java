package org.partyoffice.platform.core.internal;

import java.sql.SQLException;

import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.OfficeException;

/** Maps SQL states to platform errors so no SQL text or stack trace reaches a user. */
final class SqlErrors {

    private SqlErrors() {
    }

    static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    static boolean isLockTimeoutOrDeadlock(SQLException e) {
        String s = e.getSQLState();
        return "40001".equals(s) || "40XL1".equals(s) || "40XL2".equals(s) || "40P01".equals(s);
    }

    static OfficeException translate(SQLException e) {
        if (isDuplicateKey(e)) {
            return new ConflictException(null, "the record already exists");
        }
        if (isLockTimeoutOrDeadlock(e)) {
            return new ConflictException(null, "the record is busy; try again");
        }
        return new DatabaseException("database error (SQL state " + e.getSQLState() + ")", e);
    }
}
