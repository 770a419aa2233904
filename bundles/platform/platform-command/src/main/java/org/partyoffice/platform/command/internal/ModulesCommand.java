package org.partyoffice.platform.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.api.ModuleDescriptor;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:modules}: the modules installed right now. */
@Service
@Command(scope = "office", name = "modules", description = "Lists the installed modules (Các phân hệ đã cài)")
public class ModulesCommand extends OfficeAction {

    @Reference
    private ModuleRegistry registry;

    @Override
    protected void run() {
        table(registry.modules()).print(out());
    }

    static ShellTable table(List<ModuleDescriptor> modules) {
        ShellTable table = new ShellTable().emptyTableText("(no modules installed)");
        table.column("Id");
        table.column("Name");
        table.column("English name");
        table.column("Web path");
        table.column("Version");
        table.column("Bundle");
        for (ModuleDescriptor m : modules) {
            table.addRow().addContent(m.id(), m.nameVi(), m.nameEn(), m.webPath() == null ? "" : m.webPath(),
                    m.version() == null ? "" : m.version(), m.bundle() == null ? "" : m.bundle());
        }
        return table;
    }
}
