package org.partyoffice.signatures.api;

import java.time.Instant;
import java.util.List;

/**
 * A secure storage device (USB token) in the register.
 *
 * @param serial             the device's serial as printed on it
 * @param model              the make and model, e.g. {@code SafeNet eToken 5110}
 * @param holderLogin        the account it is (or was last) issued to, or {@code null}
 * @param unitId             the holder's unit when issued, or {@code null}
 * @param state              where it is in its life
 * @param registeredAt       when it was registered
 * @param changedAt          when its state last changed
 * @param certificateSerials serials of the certificates whose key is on it (any status), newest first
 * @since 1.2
 */
public record Device(String serial, String model, String holderLogin, Long unitId, DeviceState state,
                     Instant registeredAt, Instant changedAt, List<String> certificateSerials) {

    public Device {
        certificateSerials = certificateSerials == null ? List.of() : List.copyOf(certificateSerials);
    }
}
