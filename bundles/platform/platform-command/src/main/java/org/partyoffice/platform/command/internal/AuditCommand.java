package org.partyoffice.platform.command.internal;

import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:audit}: the latest audit entries, newest first. */
@Service
@Command(scope = "office", name = "audit", description = "Shows the audit trail (Nhật ký), newest first")
public class AuditCommand extends OfficeAction {

    static final int MAX = 10_000;

    @Option(name = "--actor", aliases = "-u", description = "Only entries by this login")
    private String actor;

    @Option(name = "--module", aliases = "-m", description = "Only entries of this module (platform, documents, ...)")
    private String module;

    @Option(name = "--action", aliases = "-a", description = "Only this action (e.g. unit.create, account.update)")
    private String action;

    @Option(name = "--object", aliases = "-o", description = "Only entries about this object id")
    private String objectId;

    @Option(name = "--from", description = "Entries on or after this day (YYYY-MM-DD)")
    private String from;

    @Option(name = "--to", description = "Entries before this day (YYYY-MM-DD)")
    private String to;

    @Option(name = "--limit", aliases = "-n", description = "How many entries at most (default 50, at most 10000)")
    private int limit = 50;

    @Reference
    private AuditTrail audit;

    @Reference
    private CurrentUser user;

    @Override
    protected void run() {
        // The command ACL already limits this; the check keeps it so if the ACL is edited.
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        ZoneId zone = ZoneId.systemDefault();
        var fromDay = Args.date(from, "--from");
        var toDay = Args.date(to, "--to");
        List<AuditEntry> entries = audit.query(new AuditQuery(blankToNull(actor), blankToNull(module), blankToNull(action),
                blankToNull(objectId), fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.atStartOfDay(zone).toInstant(), Args.limit(limit, MAX, "--limit")));
        table(entries, zone).print(out());
    }

    static ShellTable table(List<AuditEntry> entries, ZoneId zone) {
        ShellTable table = new ShellTable().emptyTableText("(no entries)");
        table.column("Seq").alignRight();
        table.column("Time");
        table.column("Actor");
        table.column("Module");
        table.column("Action");
        table.column("Object");
        table.column("Detail");
        for (AuditEntry e : entries) {
            table.addRow().addContent(e.seq(), Format.time(e.at(), zone), e.actor(), e.module(), e.action(),
                    e.objectId() == null ? "" : e.objectId(), Format.shorten(e.detail(), 80));
        }
        return table;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
