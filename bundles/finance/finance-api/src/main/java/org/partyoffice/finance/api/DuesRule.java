package org.partyoffice.finance.api;

/**
 * How a category's monthly dues are computed: a percentage of the member's base (in basis points,
 * 100 = 1%) or a flat amount.
 *
 * @param basisPoints set for percentage rules, else {@code null}
 * @param flatVnd     set for flat rules, else {@code null}
 */
public record DuesRule(String category, Integer basisPoints, Long flatVnd) {
}
