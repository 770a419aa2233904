package org.partyoffice.signatures.api;

/**
 * Where a secure storage device (a USB token) is in its life.
 *
 * <pre>
 * IN_STOCK ──issue──▶ ISSUED ──return──▶ RETURNED ──issue──▶ ISSUED
 *    │                  │                   │
 *    │                  └──lost──▶ LOST     │
 *    └──────destroy──────────────┴──────────┴──▶ DESTROYED
 * </pre>
 *
 * @since 1.2
 */
public enum DeviceState {
    /** Registered, held by the office, not given to anyone. */
    IN_STOCK,
    /** Given to its holder. */
    ISSUED,
    /** Given back by its holder; may be issued again. */
    RETURNED,
    /** Reported lost or stolen; the certificates on it are revoked. */
    LOST,
    /** Physically destroyed; final. */
    DESTROYED
}
