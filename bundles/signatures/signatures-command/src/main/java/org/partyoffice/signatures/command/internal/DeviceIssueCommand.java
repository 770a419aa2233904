package org.partyoffice.signatures.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;

/** {@code signatures:device-issue}: gives a device to its holder. */
@Service
@Command(scope = "signatures", name = "device-issue", description = "Issues a device to a holder (Cấp thiết bị lưu khóa)")
public class DeviceIssueCommand extends OfficeAction {

    @Option(name = "--holder", required = true, description = "Login of the holder")
    private String holder;

    @Argument(index = 0, name = "serial", required = true, description = "Serial of the device")
    private String serial;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        Devices.table(List.of(devices.issue(serial, holder))).print(out());
    }
}
