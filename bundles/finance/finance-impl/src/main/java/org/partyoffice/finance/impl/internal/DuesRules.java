package org.partyoffice.finance.impl.internal;

import java.util.Map;

import org.partyoffice.finance.api.DuesRule;
import org.partyoffice.finance.api.Member;
import org.partyoffice.platform.api.InvalidInputException;

/** Monthly dues from the configured rules: pure arithmetic in whole đồng, no floating point. */
final class DuesRules {

    private DuesRules() {
    }

    static DuesRule rule(Map<String, DuesRule> rules, String category) {
        DuesRule rule = rules.get(category);
        if (rule == null) {
            throw new InvalidInputException("category", "has no dues rule; the configured categories are "
                    + String.join(", ", rules.keySet()), category);
        }
        return rule;
    }

    /** A percentage of the base rounded half up to a multiple of {@code rounding}, or the flat amount. */
    static long monthly(DuesRule rule, long baseVnd, long rounding) {
        if (rule.flatVnd() != null) {
            return rule.flatVnd();
        }
        // base × basis points is in ten-thousandths of a đồng; round that to a multiple of rounding đồng
        long tenThousandths = Math.multiplyExact(baseVnd, (long) rule.basisPoints());
        long step = Math.multiplyExact(rounding, 10_000L);
        return (tenThousandths + step / 2) / step * rounding;
    }

    static long monthly(Map<String, DuesRule> rules, Member member, long rounding) {
        return monthly(rule(rules, member.category()), member.baseVnd(), rounding);
    }

    /** The share of {@code amount} a unit keeping {@code percent} keeps (rounded down; the rest goes up). */
    static long kept(long amount, int percent) {
        return amount / 100 * percent + amount % 100 * percent / 100;
    }
}
