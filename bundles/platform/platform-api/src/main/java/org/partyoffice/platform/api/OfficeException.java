package org.partyoffice.platform.api;

/**
 * Base of the platform's domain errors. Each kind maps to one HTTP status and one problem type,
 * so REST resources and shell commands report them the same way in every module.
 */
public abstract class OfficeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OfficeException(String message) {
        super(message);
    }

    protected OfficeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The HTTP status this error is reported with. */
    public abstract int status();

    /** A short, stable problem type name, e.g. {@code invalid-input}. */
    public abstract String problemType();

    /** The offending field, or {@code null} when the error is not about one field. */
    public String field() {
        return null;
    }
}
