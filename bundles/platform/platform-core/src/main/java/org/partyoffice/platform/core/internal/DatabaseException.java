package org.partyoffice.platform.core.internal;

/** A database failure that is not the caller's fault; reported as HTTP 503, never with SQL text. */
public final class DatabaseException extends org.partyoffice.platform.api.OfficeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String problemType() {
        return "database-unavailable";
    }
}
