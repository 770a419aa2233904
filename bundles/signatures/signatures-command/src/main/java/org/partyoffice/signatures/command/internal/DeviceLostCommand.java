package org.partyoffice.signatures.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;

/** {@code signatures:device-lost}: a device is lost; its certificates are revoked for key compromise. */
@Service
@Command(scope = "signatures", name = "device-lost", description = "A device is lost; its certificates are revoked (Báo mất thiết bị)")
public class DeviceLostCommand extends OfficeAction {

    @Argument(index = 0, name = "serial", required = true, description = "Serial of the device")
    private String serial;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        Devices.table(List.of(devices.markLost(serial))).print(out());
    }
}
