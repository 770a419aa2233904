package org.partyoffice.archives.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code archives:fonds}: the fonds the user may see, with how much of each is digitised. */
@Service
@Command(scope = "archives", name = "fonds", description = "Lists the archive fonds and their digitisation (Phông lưu trữ)")
public class FondsCommand extends OfficeAction {

    @Option(name = "--open", description = "Opens the fonds of this unit id first (archivist)")
    private Long open;

    @Reference
    private ArchiveService archive;

    @Override
    protected void run() throws Exception {
        if (open != null) {
            Fonds f = archive.fondsOf(open);
            out().println("Phông " + f.code() + " (" + f.id() + ")");
        }
        ShellTable table = new ShellTable();
        for (String c : java.util.List.of("Id", "Mã phông", "Tên phông", "Đơn vị", "Hồ sơ", "Đã số hóa")) {
            table.column(c);
        }
        table.emptyTableText("(chưa có phông / no fonds)");
        for (Fonds f : archive.fonds()) {
            var p = archive.progress(f.id());
            table.addRow().addContent(f.id(), f.code(), Tables.cut(f.name(), 50), f.unitId(), p.dossiers(), p.percent() + "%");
        }
        table.print(out());
    }
}
