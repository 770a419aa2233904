package org.partyoffice.platform.command.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:unit-merge}: merges two or more units into a new one. */
@Service
@Command(scope = "office", name = "unit-merge",
        description = "Merges two or more current units into a new unit (Hợp nhất đơn vị); "
                + "their children move under it and they end the day before")
public class UnitMergeCommand extends OfficeAction {

    @Option(name = "--into-code", required = true, description = "Code of the new unit")
    private String intoCode;

    @Option(name = "--into-name", required = true, description = "Name of the new unit")
    private String intoName;

    @Option(name = "--type", aliases = "-t", description = "Type of the new unit; default the first source's type")
    @Completion(UnitTypeCompleter.class)
    private String type;

    @Option(name = "--parent", aliases = "-p", description = "Parent of the new unit (id or code); default the first source's parent")
    @Completion(UnitCompleter.class)
    private String parent;

    @Option(name = "--date", aliases = "-d", description = "Day the merge takes effect (YYYY-MM-DD); default today")
    private String date;

    @Argument(index = 0, name = "units", required = true, multiValued = true,
            description = "The units to merge, by id or code (at least two)")
    @Completion(UnitCompleter.class)
    private List<String> units;

    @Reference
    private OrganisationService organisation;

    @Override
    protected void run() {
        List<Unit> sources = new ArrayList<>();
        for (String ref : units) {
            sources.add(UnitRefs.resolve(organisation, ref, "units"));
        }
        UnitType unitType = type != null ? UnitType.parse(type, "--type") : sources.get(0).type();
        Long parentId = UnitRefs.resolveId(organisation, parent, "--parent");
        UnitMerge merge = organisation.merge(sources.stream().map(Unit::id).toList(),
                new NewUnit(intoCode, intoName, unitType, parentId, Args.date(date, "--date")));
        out().println("Đã hợp nhất / Merged on " + merge.effective() + " into:");
        UnitsCommand.table(List.of(merge.merged())).print(out());
        out().println("Đơn vị kết thúc / Units ended:");
        UnitsCommand.table(merge.sources()).print(out());
        if (!merge.movedChildren().isEmpty()) {
            out().println("Đơn vị trực thuộc đã chuyển / Child units moved:");
            UnitsCommand.table(merge.movedChildren()).print(out());
        }
    }
}
