package org.partyoffice.signatures.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of secure storage devices (USB tokens). Certificates are bound to a device through
 * {@link IssueRequest#deviceSerial()}; issuing onto a device needs it to be {@link DeviceState#ISSUED}
 * to the certificate's holder.
 *
 * <p>Changes need the {@code admin} or {@code it-admin} role and are audited (module
 * {@code signatures}, actions {@code device.register}, {@code device.issue}, {@code device.return},
 * {@code device.lost}, {@code device.destroy}). Administrators see every device; anyone else sees
 * only the devices issued to them.
 *
 * <p>An unknown serial is an {@code EntityNotFoundException} (field {@code serial}); a transition
 * the device's state does not allow is a {@code ConflictException} on field {@code state}.
 *
 * @since 1.2
 */
@ProviderType
public interface DeviceRegistry {

    /** Registers a new device {@link DeviceState#IN_STOCK}; a serial already registered is a conflict on {@code serial}. */
    Device register(String serial, String model);

    /** Gives an {@code IN_STOCK} or {@code RETURNED} device to {@code holderLogin}, which must be an existing account. */
    Device issue(String serial, String holderLogin);

    /**
     * The holder gives an {@code ISSUED} device back. Its valid certificates are revoked with
     * {@link RevocationReason#CESSATION_OF_OPERATION} (the key leaves its holder's hands) and a new
     * CRL is published, in the same transaction.
     */
    Device returnDevice(String serial);

    /**
     * A device that is not already {@code LOST} or {@code DESTROYED} is lost or stolen: every valid certificate bound to it
     * is revoked with {@link RevocationReason#KEY_COMPROMISE} and a new CRL is published, in the
     * same transaction.
     */
    Device markLost(String serial);

    /** Destroys an {@code IN_STOCK}, {@code RETURNED} or {@code LOST} device; final. */
    Device destroy(String serial);

    Optional<Device> find(String serial);

    /** Devices, by serial; {@code state} and {@code holderLogin} filter when not {@code null}. */
    List<Device> list(DeviceState state, String holderLogin);
}
