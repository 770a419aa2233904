package org.partyoffice.finance.impl.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.finance.api.DuesRule;
import org.partyoffice.platform.api.UnitType;

/**
 * The module's one configuration ({@code org.partyoffice.finance}), parsed once; the services
 * reference it, so a change restarts them with the new rules. A value that cannot be parsed fails
 * the activation with a message naming the setting. A changed configuration is applied in place
 * ({@code @Modified}): Karaf delivers the feature's configuration again right after install, and a
 * restart of this component would restart every finance service and REST resource in that window.
 */
@Component(service = FinanceSettings.class, configurationPid = "org.partyoffice.finance")
@Designate(ocd = FinanceSettings.Config.class)
public final class FinanceSettings {

    /** What happens when an expenditure goes beyond its budget line's allocation. */
    enum Overspend { WARN, REFUSE }

    @ObjectClassDefinition(name = "Party Office finance", description = "Budget, dues and ledger rules")
    public @interface Config {
        @AttributeDefinition(description = "Spending beyond a budget line's allocation: WARN (recorded on the expenditure) or REFUSE")
        String overspend() default "REFUSE";

        @AttributeDefinition(description = "Roles that approve budget lines and expenditures, comma-separated")
        String approverRoles() default "signer,admin";

        @AttributeDefinition(description = "Monthly dues per member category: CATEGORY=N% of the member's base "
                + "(salary, pension) or CATEGORY=N (flat, VND), comma-separated")
        String duesRules() default "LUONG=1%,HUU_TRI=0.5%,TRO_CAP=0.5%,NONG_DAN=5000,SINH_VIEN=3000,KHAC=10000";

        @AttributeDefinition(description = "Computed dues are rounded half up to a multiple of this many VND")
        long duesRoundingVnd() default 1000;

        @AttributeDefinition(description = "Percent of dues a unit keeps, by unit type (the rest goes to the parent); "
                + "a unit without a parent keeps everything")
        String duesKeptPercent() default "CELL=30,COMMUNE=50,WARD=50,AGENCY=50,DEPARTMENT=50,PROVINCE=50,CENTRAL=100";

        @AttributeDefinition(description = "Account of cash (payments, dues)")
        String cashAccount() default "111";

        @AttributeDefinition(description = "Account of dues kept")
        String duesRevenueAccount() default "512";

        @AttributeDefinition(description = "Account of dues owed to the level above")
        String duesPayableAccount() default "3361";

        @AttributeDefinition(description = "Expense account of budget lines that name none")
        String defaultExpenseAccount() default "611";

        @AttributeDefinition(description = "Budget category of requests from other modules that name none")
        String defaultCategory() default "HOAT_DONG";

        @AttributeDefinition(description = "Time zone of the office's dates")
        String zone() default "Asia/Ho_Chi_Minh";
    }

    volatile Overspend overspend;
    volatile List<String> approverRoles;
    volatile Map<String, DuesRule> duesRules;
    volatile long duesRoundingVnd;
    volatile Map<UnitType, Integer> keptPercent;
    volatile String cashAccount;
    volatile String duesRevenueAccount;
    volatile String duesPayableAccount;
    volatile String defaultExpenseAccount;
    volatile String defaultCategory;
    volatile ZoneId zone;

    @Activate
    public FinanceSettings(Config config) {
        apply(config);
    }

    @Modified
    void apply(Config config) {
        overspend = Overspend.valueOf(config.overspend().trim().toUpperCase(Locale.ROOT));
        approverRoles = List.of(config.approverRoles().trim().split("\\s*,\\s*"));
        duesRules = rules(config.duesRules());
        if (config.duesRoundingVnd() < 1) {
            throw new IllegalArgumentException("duesRoundingVnd must be at least 1");
        }
        duesRoundingVnd = config.duesRoundingVnd();
        keptPercent = kept(config.duesKeptPercent());
        cashAccount = config.cashAccount().trim();
        duesRevenueAccount = config.duesRevenueAccount().trim();
        duesPayableAccount = config.duesPayableAccount().trim();
        defaultExpenseAccount = config.defaultExpenseAccount().trim();
        defaultCategory = config.defaultCategory().trim();
        zone = ZoneId.of(config.zone().trim());
    }

    /** The share kept by a unit of {@code type}, in percent (100 for a unit with no parent). */
    int keptPercent(UnitType type, boolean hasParent) {
        return hasParent ? keptPercent.getOrDefault(type, 50) : 100;
    }

    static Map<String, DuesRule> rules(String text) {
        Map<String, DuesRule> rules = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            String[] kv = item.trim().split("\\s*=\\s*");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("duesRules: '" + item + "' is not CATEGORY=N% or CATEGORY=N");
            }
            String category = kv[0].toUpperCase(Locale.ROOT);
            String v = kv[1];
            if (v.endsWith("%")) {
                // basis points from a decimal percent, exactly (0.5% = 50), never through a double
                int bp = new java.math.BigDecimal(v.substring(0, v.length() - 1)).movePointRight(2).intValueExact();
                rules.put(category, new DuesRule(category, bp, null));
            } else {
                rules.put(category, new DuesRule(category, null, Long.parseLong(v)));
            }
        }
        return java.util.Collections.unmodifiableMap(rules);
    }

    static Map<UnitType, Integer> kept(String text) {
        Map<UnitType, Integer> kept = new HashMap<>();
        for (String item : text.split(",")) {
            String[] kv = item.trim().split("\\s*=\\s*");
            int percent = Integer.parseInt(kv[1]);
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("duesKeptPercent: " + item + " is not between 0 and 100");
            }
            kept.put(UnitType.parse(kv[0], "duesKeptPercent"), percent);
        }
        return Map.copyOf(kept);
    }
}
