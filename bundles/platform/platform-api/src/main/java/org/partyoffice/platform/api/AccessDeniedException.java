package org.partyoffice.platform.api;

/** The current user lacks the role or clearance for this action (HTTP 403). */
public class AccessDeniedException extends OfficeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String problemType() {
        return "access-denied";
    }
}
