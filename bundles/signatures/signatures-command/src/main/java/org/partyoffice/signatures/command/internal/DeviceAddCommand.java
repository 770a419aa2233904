package org.partyoffice.signatures.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;

/** {@code signatures:device-add}: registers a device in stock. */
@Service
@Command(scope = "signatures", name = "device-add", description = "Registers a secure storage device (Nhập thiết bị lưu khóa)")
public class DeviceAddCommand extends OfficeAction {

    @Option(name = "--model", required = true, description = "Make and model, e.g. \"SafeNet eToken 5110\"")
    private String model;

    @Argument(index = 0, name = "serial", required = true, description = "Serial of the device")
    private String serial;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        Devices.table(List.of(devices.register(serial, model))).print(out());
    }
}
