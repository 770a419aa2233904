package org.partyoffice.signatures.command.internal;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.DeviceRegistry;
import org.partyoffice.signatures.api.DeviceState;

/** {@code signatures:devices}: lists the register of secure storage devices. */
@Service
@Command(scope = "signatures", name = "devices", description = "Lists secure storage devices (Danh sách thiết bị lưu khóa)")
public class DevicesCommand extends OfficeAction {

    @Option(name = "--state", description = "IN_STOCK, ISSUED, RETURNED, LOST or DESTROYED")
    private String state;

    @Option(name = "--holder", description = "Login of the holder")
    private String holder;

    @Reference
    private DeviceRegistry devices;

    @Override
    protected void run() {
        DeviceState s = null;
        if (state != null) {
            try {
                s = DeviceState.valueOf(state.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--state", "must be one of " + List.of(DeviceState.values()), state);
            }
        }
        Devices.table(devices.list(s, holder)).print(out());
    }
}
