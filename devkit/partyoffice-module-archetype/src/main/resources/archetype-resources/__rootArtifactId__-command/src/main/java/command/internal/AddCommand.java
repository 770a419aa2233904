package ${package}.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Service;

@Service
@Command(scope = "${moduleId}", name = "add", description = "Records an entry for a unit")
public class AddCommand extends OfficeAction {

    @Argument(index = 0, name = "unitId", required = true, description = "The organisation unit's id")
    private long unitId;

    @Argument(index = 1, name = "title", required = true, description = "What is recorded (quote it)")
    private String title;

    @Reference
    private ${moduleClass}Service service;

    @Override
    protected void run() {
        ${moduleClass}Entry e = service.add(unitId, title);
        out().println("Đã ghi / recorded #" + e.id() + ": " + e.title());
    }
}
