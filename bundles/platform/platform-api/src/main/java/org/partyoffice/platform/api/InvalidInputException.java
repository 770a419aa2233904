package org.partyoffice.platform.api;

/** Input broke a rule: names the field and the rule it broke (HTTP 422, or 400 for syntax). */
public class InvalidInputException extends OfficeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String rule;

    public InvalidInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public InvalidInputException(String field, String rule, Object rejectedValue) {
        super(field + ": " + rule + (rejectedValue == null ? " (it was empty)" : " (it was '" + rejectedValue + "')"));
        this.field = field;
        this.rule = rule;
    }

    @Override
    public String field() {
        return field;
    }

    /** The rule that was broken, in words. */
    public String rule() {
        return rule;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String problemType() {
        return "invalid-input";
    }
}
