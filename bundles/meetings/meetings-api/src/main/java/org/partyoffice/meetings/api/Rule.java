package org.partyoffice.meetings.api;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * A threshold as a fraction of a base: {@code 2/3} "at least two thirds" for a quorum, {@code 1/2}
 * with {@code strict} for "more than half" for a decision.
 *
 * @param numerator   e.g. 2
 * @param denominator e.g. 3
 * @param strict      {@code true}: more than the fraction; {@code false}: at least the fraction
 */
public record Rule(int numerator, int denominator, boolean strict) {

    public Rule {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new InvalidInputException("rule", "must be a fraction between 0/1 and 1/1", numerator + "/" + denominator);
        }
    }

    /** At least two thirds: the Executive Committee's quorum by default. */
    public static final Rule TWO_THIRDS = new Rule(2, 3, false);
    /** More than half: what a decision or an election needs by default. */
    public static final Rule MORE_THAN_HALF = new Rule(1, 2, true);

    /** True when {@code count} out of {@code base} meets the rule (exact integer arithmetic). */
    public boolean met(long count, long base) {
        long lhs = count * denominator;
        long rhs = (long) numerator * base;
        return strict ? lhs > rhs : lhs >= rhs;
    }

    /** The smallest count out of {@code base} that meets the rule. */
    public long smallest(long base) {
        for (long n = 0; n <= base; n++) {
            if (met(n, base)) {
                return n;
            }
        }
        return base + 1;
    }

    @Override
    public String toString() {
        return (strict ? "> " : ">= ") + numerator + "/" + denominator;
    }
}
