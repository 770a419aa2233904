package org.partyoffice.documents.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.documents.api.CongressRegister;
import org.partyoffice.documents.api.RegisterService;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code documents:congress}: a unit's Congress registers, or, with {@code --name} and the days, a
 * new one (all its documents share one sequence from the preparatory session to the closing).
 */
@Service
@Command(scope = "documents", name = "congress",
        description = "Lists a unit's Congress registers, or adds one with --name, --opens and --closes (Sổ văn bản Đại hội)")
public class CongressCommand extends OfficeAction {

    @Option(name = "--name", description = "A new Congress register's name, e.g. \"Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI\"")
    private String name;

    @Option(name = "--opens", description = "Day of the preparatory session, e.g. 2025-10-12")
    private String opens;

    @Option(name = "--closes", description = "Day of the closing, e.g. 2025-10-15")
    private String closes;

    @Option(name = "--issuer", description = "Abbreviation its symbols end with (default ĐH)")
    private String issuer;

    @Option(name = "--period", description = "Label its numbers belong to (default ĐH-<opening year>)")
    private String period;

    @Argument(index = 0, name = "unit", required = true, description = "Unit id")
    private long unit;

    @Reference
    private RegisterService registers;

    @Override
    protected void run() {
        if (name != null) {
            CongressRegister saved = registers.saveCongress(new CongressRegister(0, unit, name, issuer, period,
                    PromulgateCommand.date(opens, "--opens"), PromulgateCommand.date(closes, "--closes")));
            out().println("Đã tạo sổ Đại hội / Congress register " + saved.id() + ": " + saved.name() + " (" + saved.period()
                    + ", " + saved.opensOn() + " … " + saved.closesOn() + ")");
            return;
        }
        table(registers.congresses(unit)).print(out());
    }

    private static ShellTable table(List<CongressRegister> congresses) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Đại hội", "Ký hiệu", "Nhãn số", "Phiên trù bị", "Bế mạc")) {
            table.column(c);
        }
        table.emptyTableText("(chưa có sổ Đại hội / no Congress registers)");
        for (CongressRegister k : congresses) {
            table.addRow().addContent(k.id(), Tables.cut(k.name(), 60), k.issuer(), k.period(), k.opensOn(), k.closesOn());
        }
        return table;
    }
}
