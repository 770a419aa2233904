package org.partyoffice.archives.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.FixityService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code archives:fixity}: the last fixity report, or {@code --run} a sweep now. */
@Service
@Command(scope = "archives", name = "fixity", description = "Shows or runs the fixity check of stored files (Kiểm tra toàn vẹn)")
public class FixityCommand extends OfficeAction {

    @Option(name = "--run", description = "Re-hash every stored file now")
    private boolean runNow;

    @Reference
    private FixityService fixity;

    @Override
    protected void run() throws Exception {
        var report = runNow ? java.util.Optional.of(fixity.sweep()) : fixity.latest();
        if (report.isEmpty()) {
            out().println("(no sweep yet; archives:fixity --run)");
            return;
        }
        var r = report.get();
        out().println("Sweep " + r.id() + " " + r.startedAt() + ": " + r.checked() + " files, " + r.failures().size() + " failed");
        r.failures().forEach(x -> out().println("  " + x.problem() + " " + x.sha256() + " dossiers " + x.dossierIds()));
    }
}
