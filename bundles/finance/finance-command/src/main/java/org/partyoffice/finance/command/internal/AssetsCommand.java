package org.partyoffice.finance.command.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetService;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code finance:assets}: a unit's asset register with depreciation as of a date. */
@Service
@Command(scope = "finance", name = "assets", description = "Lists the asset register (Sổ tài sản) of a unit with book values")
public class AssetsCommand extends OfficeAction {

    @Option(name = "--unit", description = "Unit id", required = true)
    private Long unit;

    @Option(name = "--rollup", description = "Include every unit under it")
    private boolean rollUp;

    @Option(name = "--as-of", description = "Depreciation up to this date (default today)")
    private String asOf;

    @Reference
    private AssetService assets;

    @Override
    protected void run() {
        if (unit == null) {
            throw new InvalidInputException("--unit", "is required");
        }
        LocalDate date = Parse.date(asOf, "--as-of", LocalDate.now());
        ShellTable table = new ShellTable();
        for (String c : List.of("Mã", "Tên tài sản", "Loại", "Đơn vị", "Người giữ", "Nguyên giá", "Hao mòn", "Còn lại", "Tình trạng")) {
            table.column(c);
        }
        table.emptyTableText("(chưa có tài sản / no assets)");
        for (Asset a : assets.assets(unit, rollUp)) {
            Depreciation d = assets.depreciation(a.id(), date);
            table.addRow().addContent(a.code(), a.name(), a.category(), a.unitId(), a.custodian() == null ? "" : a.custodian(),
                    Parse.vnd(a.costVnd()), Parse.vnd(d.accumulatedVnd()), Parse.vnd(d.bookValueVnd()), a.status());
        }
        table.print(out());
    }
}
