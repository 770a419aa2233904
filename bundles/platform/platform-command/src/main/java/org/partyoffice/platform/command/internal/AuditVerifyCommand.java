package org.partyoffice.platform.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code office:audit-verify}: walks the hash chain. A broken chain fails the command (exit
 * status 1 over SSH), so a cron job or monitoring script notices.
 */
@Service
@Command(scope = "office", name = "audit-verify",
        description = "Checks the audit trail's hash chain (Kiểm tra nhật ký); fails when an entry was changed, "
                + "inserted or removed")
public class AuditVerifyCommand extends OfficeAction {

    @Reference
    private AuditTrail audit;

    @Reference
    private CurrentUser user;

    @Override
    protected void run() throws Exception {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        AuditVerification v = audit.verify();
        if (!v.valid()) {
            throw failure(null, broken(v));
        }
        out().println(valid(v));
    }

    static String valid(AuditVerification v) {
        return "Chuỗi nhật ký hợp lệ / Audit chain valid: " + v.checked() + " entries";
    }

    static String broken(AuditVerification v) {
        return "Chuỗi nhật ký bị phá vỡ / Audit chain BROKEN at entry " + v.firstBadSeq() + ": "
                + (v.problem() == null ? "unknown problem" : v.problem()) + " (" + v.checked() + " entries checked)";
    }
}
