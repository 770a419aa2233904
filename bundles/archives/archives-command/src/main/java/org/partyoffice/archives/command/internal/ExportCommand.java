package org.partyoffice.archives.command.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.archives.api.BagExportService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code archives:export}: a dossier (or with {@code --series} a series) as BagIt, or {@code --import} a bag. */
@Service
@Command(scope = "archives", name = "export", description = "Exports a dossier or series as BagIt, or imports a bag (Xuất, nhập BagIt)")
public class ExportCommand extends OfficeAction {

    @Option(name = "--series", description = "The id is a series: one bag per dossier")
    private boolean series;

    @Option(name = "--import", description = "Imports the bag folder given as target into the fonds given as id")
    private boolean importBag;

    @Argument(index = 0, name = "id", required = true, description = "Dossier id (series id with --series, fonds id with --import)")
    private long id;

    @Argument(index = 1, name = "target", required = true, description = "Folder to write the bag into (the bag folder with --import)")
    private String target;

    @Reference
    private BagExportService bags;

    @Override
    protected void run() throws Exception {
        if (importBag) {
            var d = bags.importBag(Path.of(target), id);
            out().println("Imported " + d.code() + " as dossier " + d.id() + " (" + d.itemCount() + " items, fixity verified)");
        } else if (series) {
            bags.exportSeries(id, Path.of(target)).forEach(p -> out().println(p));
        } else {
            out().println(bags.exportDossier(id, Path.of(target)));
        }
    }
}
