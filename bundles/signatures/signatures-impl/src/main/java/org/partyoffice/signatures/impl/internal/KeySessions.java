package org.partyoffice.signatures.impl.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived unlocked-key sessions for soft tokens, as a smart card keeps its PIN verified until
 * it is pulled out: after one successful unlock (the full PBKDF2 derivation of the PKCS#12 file),
 * the decrypted key stays in memory for an idle time, so a signer signing a pile of documents pays
 * the derivation once instead of on every signature.
 *
 * <p>The password is still required and checked on every call: the session keeps an HMAC-SHA256
 * of it under a random key made for this process (never the password itself, never a plain hash
 * an attacker with a heap dump could test guesses against offline without the process key), and
 * compares in constant time. A password that does not match ends the session, and the caller
 * falls back to the full unlock, so a wrong guess costs as much as without sessions and is
 * audited the same way.
 *
 * <p>Sessions are keyed by holder and certificate, and end when idle longer than
 * {@code idle}, older than {@code maxLifetime}, when the certificate is revoked, when the
 * holder's account changes (role, unit, disabled, password), and when the component stops.
 * {@code idle} of zero disables sessions altogether.
 */
final class KeySessions {

    private record Session(String tokenHash, PrivateKey key, byte[] passwordMac, Instant created, Instant lastUsed) {
    }

    private final Duration idle;
    private final Duration maxLifetime;
    private final Clock clock;
    private final SecretKeySpec processKey;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    KeySessions(Duration idle, Duration maxLifetime, Clock clock) {
        if (idle.isNegative() || maxLifetime.isNegative()) {
            throw new IllegalArgumentException("key session times must not be negative");
        }
        this.idle = idle;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
        byte[] random = new byte[32];
        Crypto.RANDOM.nextBytes(random);
        this.processKey = new SecretKeySpec(random, "HmacSHA256");
        Arrays.fill(random, (byte) 0);
    }

    boolean enabled() {
        return !idle.isZero() && !maxLifetime.isZero();
    }

    /**
     * The key of a live session of {@code login} with {@code certificate}, when {@code password}
     * is the one that opened it; empty otherwise (and a session whose password does not match is
     * ended, so the caller's full unlock decides).
     */
    Optional<PrivateKey> unlocked(String login, StoredCertificate certificate, char[] password) {
        if (!enabled()) {
            return Optional.empty();
        }
        String id = id(login, certificate);
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now) || !session.tokenHash().equals(certificate.tokenHash())) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(session.passwordMac(), mac(password))) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        sessions.replace(id, session, new Session(session.tokenHash(), session.key(), session.passwordMac(),
                session.created(), now));
        return Optional.of(session.key());
    }

    /** Opens a session after a successful full unlock with {@code password}. */
    void remember(String login, StoredCertificate certificate, PrivateKey key, char[] password) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        sweep(now);
        sessions.put(id(login, certificate), new Session(certificate.tokenHash(), key, mac(password), now, now));
    }

    /** Ends the sessions of the certificate with this serial (it was revoked). */
    void endCertificate(String serial) {
        String suffix = "\u0000" + serial;
        sessions.keySet().removeIf(id -> id.endsWith(suffix));
    }

    /** Ends every session of {@code login} (the account changed). */
    void endHolder(String login) {
        String prefix = login + "\u0000";
        sessions.keySet().removeIf(id -> id.startsWith(prefix));
    }

    /** Ends sessions that are idle or too old, so keys do not linger in memory after their time. */
    void sweep(Instant now) {
        sessions.entrySet().removeIf(e -> expired(e.getValue(), now));
    }

    void endAll() {
        sessions.clear();
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return now.isAfter(session.lastUsed().plus(idle)) || now.isAfter(session.created().plus(maxLifetime));
    }

    private static String id(String login, StoredCertificate certificate) {
        return login + "\u0000" + certificate.serial();
    }

    private byte[] mac(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(processKey);
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
