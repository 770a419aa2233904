package org.partyoffice.signatures.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;

/** {@code signatures:device-return}: the holder gives a device back; its certificates are revoked. */
@Service
@Command(scope = "signatures", name = "device-return", description = "A device is returned; its certificates are revoked (Thu hồi thiết bị)")
public class DeviceReturnCommand extends OfficeAction {

    @Argument(index = 0, name = "serial", required = true, description = "Serial of the device")
    private String serial;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        Devices.table(List.of(devices.returnDevice(serial))).print(out());
    }
}
