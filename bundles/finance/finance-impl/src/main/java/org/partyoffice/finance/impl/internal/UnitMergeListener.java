package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When units merge, their books, budgets, members and assets move to the new unit: entries,
 * postings, budget lines, members, dues payments and assets get the successor as their unit and
 * keep their origin unit, budget lines and assets get a {@code MOVED} step in their history, and
 * each source's move is recorded ({@code FINANCE.UNIT_MOVES}) and audited. Periods and
 * remittances stay as they were: they are history of the old unit. Moving twice moves nothing.
 */
// event.topics as a plain property: the @EventTopics type adds a requirement Karaf's EventAdmin does not meet.
@Component(service = {EventHandler.class, UnitMergeListener.class}, property = "event.topics=" + PlatformEvents.UNIT_MERGED)
public final class UnitMergeListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnitMergeListener.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public UnitMergeListener(@Reference Transactions tx, @Reference AuditTrail audit, @Reference FinanceSchema schema) {
        this(tx, audit, Clock.systemUTC());
    }

    UnitMergeListener(Transactions tx, AuditTrail audit, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(PlatformEvents.SOURCE_IDS) instanceof long[] sources
                && event.getProperty(PlatformEvents.TARGET_ID) instanceof Long target) {
            Object effective = event.getProperty(PlatformEvents.EFFECTIVE);
            move(sources, target, effective == null ? LocalDate.now(clock) : LocalDate.parse(effective.toString()));
        }
    }

    /** Moves each source's records to {@code target}, one transaction per source. */
    void move(long[] sources, long target, LocalDate effective) {
        for (long source : sources) {
            int[] moved = tx.required(c -> move(c, source, target, effective));
            if (moved[0] + moved[1] + moved[2] + moved[3] > 0) {
                LOG.info("finance of unit {} moved to unit {}: {} entries, {} budget lines, {} members, {} assets", source, target,
                        moved[0], moved[1], moved[2], moved[3]);
            }
        }
    }

    private int[] move(Connection c, long source, long target, LocalDate effective) throws SQLException {
        String note = "sáp nhập từ đơn vị " + source + " vào " + target + " từ " + effective;
        long now = clock.millis();
        int entries = Sql.update(c, "UPDATE FINANCE.ENTRIES SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        Sql.update(c, "UPDATE FINANCE.POSTINGS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        Sql.update(c, "INSERT INTO FINANCE.BUDGET_CHANGES (LINE_ID, KIND, AMOUNT, PREVIOUS, NOTE, ACTOR, HAPPENED_AT) "
                + "SELECT ID, 'MOVED', 0, 0, CAST(? AS VARCHAR(1000)), 'system', CAST(? AS BIGINT) FROM FINANCE.BUDGET_LINES "
                + "WHERE UNIT_ID = ?", note, now, source);
        int lines = Sql.update(c, "UPDATE FINANCE.BUDGET_LINES SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        int members = Sql.update(c, "UPDATE FINANCE.MEMBERS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        Sql.update(c, "UPDATE FINANCE.DUES_PAYMENTS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        Sql.update(c, "INSERT INTO FINANCE.ASSET_EVENTS (ASSET_ID, KIND, HAPPENED_ON, FROM_UNIT_ID, TO_UNIT_ID, FROM_CUSTODIAN, "
                + "TO_CUSTODIAN, NOTE, ACTOR, RECORDED_AT) SELECT ID, 'MOVED', CAST(? AS DATE), UNIT_ID, CAST(? AS BIGINT), "
                + "CUSTODIAN, CUSTODIAN, CAST(? AS VARCHAR(1000)), 'system', CAST(? AS BIGINT) FROM FINANCE.ASSETS WHERE UNIT_ID = ?",
                effective, target, note, now, source);
        int assets = Sql.update(c, "UPDATE FINANCE.ASSETS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
        if (entries + lines + members + assets > 0) {
            Sql.insert(c, "INSERT INTO FINANCE.UNIT_MOVES (SOURCE_UNIT_ID, TARGET_UNIT_ID, EFFECTIVE, ENTRIES, BUDGET_LINES, "
                    + "MEMBERS, ASSETS, MOVED_AT) VALUES (?,?,?,?,?,?,?,?)", source, target, effective, entries, lines, members,
                    assets, now);
            audit.append(FinanceSchema.MODULE, "unit.merge", Long.toString(source), "to=" + target + " effective=" + effective
                    + " entries=" + entries + " budgetLines=" + lines + " members=" + members + " assets=" + assets);
        }
        return new int[] {entries, lines, members, assets};
    }
}
