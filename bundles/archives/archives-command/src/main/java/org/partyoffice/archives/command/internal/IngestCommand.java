package org.partyoffice.archives.command.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.DigitisationService;
import org.partyoffice.archives.api.IntakeService;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code archives:ingest}: intake from the installed modules now, or with {@code --scans} a
 * digitisation batch (folder or ZIP with manifest.csv) into a fonds; {@code --check} only validates.
 */
@Service
@Command(scope = "archives", name = "ingest", description = "Takes in closed records, or a batch of scans (Thu nhận, số hóa)")
public class IngestCommand extends OfficeAction {

    @Option(name = "--scans", description = "A folder or ZIP of scans with manifest.csv")
    private String scans;

    @Option(name = "--fonds", description = "The fonds id the scans belong to (with --scans)")
    private Long fonds;

    @Option(name = "--check", description = "Only validate the batch; take nothing")
    private boolean check;

    @Reference
    private IntakeService intake;

    @Reference
    private DigitisationService digitisation;

    @Override
    protected void run() throws Exception {
        if (scans == null) {
            var report = intake.run();
            report.taken().forEach((source, n) -> out().println(source + ": " + n));
            report.problems().forEach(p -> out().println("! " + p));
            out().println("Đã thu nhận / taken: " + report.total());
            return;
        }
        if (fonds == null) {
            throw failure("fonds", "is required with --scans");
        }
        Path source = Path.of(scans);
        if (check) {
            var problems = digitisation.validate(fonds, source);
            problems.forEach(p -> out().println("row " + p.row() + " " + p.file() + ": " + p.field() + ": " + p.problem()));
            out().println(problems.isEmpty() ? "OK" : problems.size() + " problems");
            return;
        }
        var batch = digitisation.start(fonds, source);
        out().println("Batch " + batch.id() + " started as job " + batch.jobId() + " (office:jobs shows its progress)");
    }
}
