package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Party dues (đảng phí). Monthly dues follow the configured rule of the member's category (a
 * percentage of the base, or a flat amount). Collection is recorded per member and month and
 * posted to the member's unit; the share each unit keeps depends on its type (configurable) and
 * the rest is owed upward until {@link #remit} passes it to the parent, posting in both books.
 * Changes need the {@code accountant} (or {@code admin}) role.
 */
@ProviderType
public interface DuesService {

    /** The configured rules. */
    List<DuesRule> rules();

    Member addMember(long unitId, String fullName, String category, long baseVnd, YearMonth duesFrom);

    /** Changes category and base (from now on), or ends the member's dues ({@code active=false}). */
    Member updateMember(long memberId, String category, long baseVnd, boolean active);

    List<Member> members(long unitId, boolean rollUp);

    /** The member's monthly dues under the current rules. */
    long monthlyDues(long memberId);

    /** Records dues paid for {@code month}; the amount may differ from the computed dues (arrears, advance). */
    DuesPayment collect(long memberId, YearMonth month, long amountVnd, LocalDate paidOn);

    List<DuesPayment> payments(long memberId);

    /** What the unit owes upward now (collected and received shares not yet remitted). */
    long owedUpward(long unitId);

    /** Remits everything the unit owes to its parent on {@code date}; a root unit remits nothing. */
    Remittance remit(long unitId, LocalDate date);

    List<Remittance> remittances(long unitId);

    /** Per member: dues owed and paid for the months {@code from} to {@code to}. */
    List<DuesStatus> collection(long unitId, YearMonth from, YearMonth to, boolean rollUp);

    /** The members of {@link #collection} who still owe. */
    List<DuesStatus> arrears(long unitId, YearMonth from, YearMonth to, boolean rollUp);
}
