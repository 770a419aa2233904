package ${package}.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.command.spi.OfficeAction;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Service;

@Service
@Command(scope = "${moduleId}", name = "list", description = "Lists a unit's entries, newest first")
public class ListCommand extends OfficeAction {

    @Argument(index = 0, name = "unitId", required = true, description = "The organisation unit's id")
    private long unitId;

    @Reference
    private ${moduleClass}Service service;

    @Override
    protected void run() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Nội dung");
        table.column("Người ghi");
        table.column("Thời điểm");
        table.emptyTableText("(chưa có mục nào / no entries)");
        for (${moduleClass}Entry e : service.list(unitId)) {
            table.addRow().addContent(e.id(), e.title(), e.createdBy(), e.createdAt());
        }
        table.print(out());
    }
}
