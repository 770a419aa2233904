package org.partyoffice.platform.api;

/** The thing asked for does not exist, or the caller may not know that it does (HTTP 404). */
public class EntityNotFoundException extends OfficeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public EntityNotFoundException(String what, Object id) {
        this(what, id, null);
    }

    public EntityNotFoundException(String what, Object id, String field) {
        super(what + " '" + id + "' does not exist");
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String problemType() {
        return "not-found";
    }
}
