package org.partyoffice.platform.command.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:units}: the organisation tree as an indented table. */
@Service
@Command(scope = "office", name = "units", description = "Shows the organisation tree (Cây tổ chức), today or on a date")
public class UnitsCommand extends OfficeAction {

    @Option(name = "--date", aliases = "-d", description = "Show the tree as it was on this day (YYYY-MM-DD); default today")
    private String date;

    @Option(name = "--all", aliases = "-a", description = "Every unit ever created, merged and ended ones included")
    private boolean all;

    @Reference
    private OrganisationService organisation;

    @Override
    protected void run() {
        if (all && date != null) {
            throw new InvalidInputException("--date", "cannot be combined with --all");
        }
        LocalDate day = Args.date(date, "--date");
        List<Unit> units = all ? organisation.all() : organisation.tree(day == null ? LocalDate.now() : day);
        table(units).print(out());
    }

    static ShellTable table(List<Unit> units) {
        ShellTable table = new ShellTable().emptyTableText("(no units)");
        table.column("Id").alignRight();
        table.column("Code");
        table.column("Name");
        table.column("Type");
        table.column("Valid from");
        table.column("Valid to");
        table.column("Successor").alignRight();
        for (TreeLayout.Node node : TreeLayout.layout(units)) {
            Unit u = node.unit();
            table.addRow().addContent(u.id(), u.code(), TreeLayout.indent(u.name(), node.depth()), u.type(),
                    Format.date(u.validFrom()), Format.date(u.validTo()), Format.number(u.successorId()));
        }
        return table;
    }
}
