package org.partyoffice.signatures.command.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.signatures.api.Device;

/** The device table every device command prints. */
final class Devices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private Devices() {
    }

    static ShellTable table(List<Device> devices) {
        ShellTable table = new ShellTable();
        table.column("Serial");
        table.column("Model");
        table.column("Holder");
        table.column("State");
        table.column("Changed");
        table.column("Certificates");
        table.emptyTableText("(no devices)");
        for (Device d : devices) {
            table.addRow().addContent(d.serial(), d.model(), d.holderLogin() == null ? "" : d.holderLogin(), d.state(),
                    DAY.format(d.changedAt()), String.join(", ", d.certificateSerials()));
        }
        return table;
    }
}
