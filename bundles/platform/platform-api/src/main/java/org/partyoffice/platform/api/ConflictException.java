package org.partyoffice.platform.api;

/** The request is well-formed but clashes with the current state (HTTP 409). */
public class ConflictException extends OfficeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String problemType() {
        return "conflict";
    }
}
