package org.partyoffice.archives.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.DispositionService;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code archives:dispose}: the disposition queue; {@code --hold}/{@code --release} with a reason;
 * {@code --destroy} with the appraisal decision (approver only).
 */
@Service
@Command(scope = "archives", name = "dispose", description = "Disposition queue, legal holds and destruction (Tiêu hủy)")
public class DisposeCommand extends OfficeAction {

    @Option(name = "--hold", description = "Places a legal hold on the dossier, with --reason")
    private boolean hold;

    @Option(name = "--release", description = "Releases the dossier's legal hold, with --reason")
    private boolean release;

    @Option(name = "--destroy", description = "Destroys the dossier, with --decision")
    private boolean destroy;

    @Option(name = "--reason", description = "Why the hold is placed or released")
    private String reason;

    @Option(name = "--decision", description = "The appraisal decision, e.g. \"Quyết định 12-QĐ/VPTU\"")
    private String decision;

    @Argument(index = 0, name = "dossier", description = "The dossier id")
    private Long dossier;

    @Reference
    private DispositionService disposition;

    @Override
    protected void run() throws Exception {
        if (!hold && !release && !destroy) {
            Tables.dossiers(disposition.queue(null)).print(out());
            return;
        }
        if (dossier == null) {
            throw failure("dossier", "is required with --hold, --release or --destroy");
        }
        if (destroy) {
            var r = disposition.destroy(dossier, decision);
            out().println("Destroyed " + r.dossierCode() + ": " + r.files() + " files, " + r.bytes() + " bytes; record " + r.id());
        } else {
            var d = hold ? disposition.hold(dossier, reason) : disposition.release(dossier, reason);
            out().println(d.code() + (d.legalHold() ? " is on legal hold" : " is no longer on hold"));
        }
    }
}
