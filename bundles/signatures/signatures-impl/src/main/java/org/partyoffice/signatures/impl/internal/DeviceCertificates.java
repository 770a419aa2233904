package org.partyoffice.signatures.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.partyoffice.signatures.api.RevocationReason;

/**
 * What the device register needs from the CA: revoking the certificates on a device inside the
 * register's own transaction. {@link CaService} registers it as a service beside
 * {@code CertificateAuthority}; its package is private, so no other bundle can see or bind it.
 */
interface DeviceCertificates {

    /**
     * Revokes every valid certificate bound to {@code deviceSerial} with {@code reason}, audits each
     * revocation and, when any was revoked, publishes a new CRL, all on {@code c} (the caller's
     * transaction). Returns the serials revoked.
     */
    List<String> revokeOnDevice(Connection c, String deviceSerial, RevocationReason reason, Instant now)
            throws SQLException;
}
