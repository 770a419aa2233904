package org.partyoffice.signatures.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;

/** {@code signatures:device-destroy}: a returned, lost or unused device is destroyed. */
@Service
@Command(scope = "signatures", name = "device-destroy", description = "Destroys a device (Hủy thiết bị)")
public class DeviceDestroyCommand extends OfficeAction {

    @Argument(index = 0, name = "serial", required = true, description = "Serial of the device")
    private String serial;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        Devices.table(List.of(devices.destroy(serial))).print(out());
    }
}
