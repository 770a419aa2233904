package org.partyoffice.platform.command.internal;

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
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:unit-add}: creates a unit. */
@Service
@Command(scope = "office", name = "unit-add", description = "Creates a unit of the organisation tree (Thêm đơn vị)")
public class UnitAddCommand extends OfficeAction {

    @Argument(index = 0, name = "code", required = true, description = "Agency identification code, unique (e.g. 000.05.00.H37)")
    @Completion(FreeTextCompleter.class)
    private String code;

    @Argument(index = 1, name = "name", required = true, description = "Display name; quote it (e.g. \"Ban Nội chính Tỉnh ủy\")")
    @Completion(FreeTextCompleter.class)
    private String name;

    @Argument(index = 2, name = "type", required = true,
            description = "CENTRAL, PROVINCE, COMMUNE, WARD, AGENCY, DEPARTMENT or CELL")
    @Completion(UnitTypeCompleter.class)
    private String type;

    @Option(name = "--parent", aliases = "-p", description = "Parent unit, by id or code")
    @Completion(UnitCompleter.class)
    private String parent;

    @Option(name = "--from", aliases = "-f", description = "First day the unit exists (YYYY-MM-DD); default today")
    private String from;

    @Reference
    private OrganisationService organisation;

    @Override
    protected void run() {
        UnitType unitType = UnitType.parse(type, "type");
        Long parentId = UnitRefs.resolveId(organisation, parent, "--parent");
        Unit unit = organisation.create(new NewUnit(code, name, unitType, parentId, Args.date(from, "--from")));
        out().println("Đã tạo đơn vị / Unit created:");
        UnitsCommand.table(List.of(unit)).print(out());
    }
}
