package org.partyoffice.signatures.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * X.509 v2 CRLs signed by the issuing CA. A new CRL is published inside the transaction of each
 * revocation, on a schedule before the current one's {@code nextUpdate} ({@link #refreshIfDue}),
 * and whenever the current one is asked for after its {@code nextUpdate} (a node that was stopped),
 * so the CRL served never goes stale. The DER goes to the content
 * store (a CRL of thousands of entries is larger than a portable VARCHAR); the {@code CRLS} table
 * keeps number, dates and hash.
 */
final class CrlPublisher {

    /** A published CRL, parsed once. */
    record Published(long number, Instant thisUpdate, Instant nextUpdate, byte[] der, X509CRL crl) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CrlPublisher.class);

    private final Transactions tx;
    private final CertificateRegister register;
    private final ContentStore store;
    private final CaKeyStore ca;
    private final Duration validity;
    private final Clock clock;
    /** How long verification trusts the CRL in memory without asking the database (for other nodes' CRLs). */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private volatile Published cached;
    private volatile long mustReach;
    private volatile long checkedAt = System.nanoTime() - RECHECK.toNanos() - 1;

    CrlPublisher(Transactions tx, CertificateRegister register, ContentStore store, CaKeyStore ca, Duration validity,
                 Clock clock) {
        this.tx = tx;
        this.register = register;
        this.store = store;
        this.ca = ca;
        this.validity = validity;
        this.clock = clock;
    }

    /**
     * The current CRL, for verification. Answered from memory for up to {@link #RECHECK} after the
     * database last confirmed it, except right after this node published a newer one (then the
     * database is asked until it shows that one committed): a revocation here counts at once, one
     * published by another node within {@link #RECHECK}. A rolled-back publication only means the
     * database is asked on every call until the next one commits.
     */
    Published currentForVerification() {
        Published p = cached;
        long now = System.nanoTime();
        if (p != null && p.number() >= mustReach && now - checkedAt < RECHECK.toNanos()
                && clock.instant().isBefore(p.nextUpdate())) {
            return p;
        }
        Published fresh = current();
        if (fresh.number() >= mustReach) {
            checkedAt = now;
        }
        return fresh;
    }

    /**
     * The current CRL. Asks the database which one is current on every call (one small query), so
     * a CRL published by another node or a rolled-back revocation never leaves a wrong one cached.
     */
    Published current() {
        Instant now = clock.instant();
        Optional<CertificateRegister.CrlRow> latest = tx.required(register::latestCrl);
        if (latest.isPresent() && now.isBefore(latest.get().nextUpdate())) {
            Optional<Published> loaded = load(latest.get());
            if (loaded.isPresent()) {
                return loaded.get();
            }
            LOG.warn("CRL {} is missing from the content store; publishing a new one", latest.get().number());
        }
        CertificateRegister.CrlRow row = tx.required(c -> {
            register.lockAuthority(c);
            // Under the lock, another thread or node may have published meanwhile.
            Optional<CertificateRegister.CrlRow> again = register.latestCrl(c);
            if (again.isPresent() && now.isBefore(again.get().nextUpdate()) && !again.equals(latest)) {
                return again.get();
            }
            return publish(c, now);
        });
        return load(row).orElseThrow(() -> new IllegalStateException("CRL " + row.number() + " was just stored but cannot be read"));
    }

    /**
     * The scheduled refresh: publishes a new CRL when the current one's {@code nextUpdate} is
     * less than {@code before} away (or has passed), so relying parties that cache the CRL until
     * its nextUpdate always find a fresh one in time. Returns the CRL current afterwards.
     */
    Published refreshIfDue(Duration before) {
        Instant now = clock.instant();
        Optional<CertificateRegister.CrlRow> latest = tx.required(register::latestCrl);
        if (latest.isPresent() && now.plus(before).isBefore(latest.get().nextUpdate())) {
            return current();
        }
        CertificateRegister.CrlRow row = tx.required(c -> {
            register.lockAuthority(c);
            // Under the lock: a revocation or another node may have published meanwhile.
            Optional<CertificateRegister.CrlRow> again = register.latestCrl(c);
            if (again.isPresent() && now.plus(before).isBefore(again.get().nextUpdate())) {
                return again.get();
            }
            return publish(c, now);
        });
        return load(row).orElseThrow(() -> new IllegalStateException("CRL " + row.number() + " was just stored but cannot be read"));
    }

    /** Publishes a CRL listing every revocation, inside the caller's transaction. */
    CertificateRegister.CrlRow publish(Connection c, Instant now) throws SQLException {
        register.lockAuthority(c);
        long number = register.latestCrl(c).map(r -> r.number() + 1).orElse(1L);
        List<CertificateRegister.Revoked> revoked = register.revoked(c);
        Instant nextUpdate = now.plus(validity);
        byte[] der = build(number, now, nextUpdate, revoked);
        String hash = store.put(new ByteArrayInputStream(der));
        CertificateRegister.CrlRow row = new CertificateRegister.CrlRow(number, now, nextUpdate, revoked.size(), hash);
        register.insertCrl(c, row);
        // Before the commit: from now on verification asks the database until it shows this CRL.
        synchronized (this) {
            mustReach = Math.max(mustReach, number);
        }
        LOG.info("Published CRL {} with {} revoked certificates, next update {}", number, revoked.size(), nextUpdate);
        return row;
    }

    private byte[] build(long number, Instant thisUpdate, Instant nextUpdate, List<CertificateRegister.Revoked> revoked) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(DistinguishedNames.of(ca.issuing().getSubjectX500Principal()),
                    Date.from(thisUpdate));
            b.setNextUpdate(Date.from(nextUpdate));
            for (CertificateRegister.Revoked r : revoked) {
                // Reason 0 means "no reasonCode extension": RFC 5280 asks not to encode unspecified.
                b.addCRLEntry(new BigInteger(r.serial(), 16), Date.from(r.at()), r.reason().code());
            }
            b.addExtension(Extension.authorityKeyIdentifier, false, CertificateIssuer.authorityKeyIdentifier(ca.issuing()));
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            return b.build(ca.issuingSigner()).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build CRL " + number, e);
        }
    }

    private Optional<Published> load(CertificateRegister.CrlRow row) {
        Published p = cached;
        if (p != null && p.number() == row.number()) {
            return Optional.of(p);
        }
        Optional<InputStream> in = store.open(row.contentHash());
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            byte[] der = stream.readAllBytes();
            Published loaded = new Published(row.number(), row.thisUpdate(), row.nextUpdate(), der, Crypto.crl(der));
            cached = loaded;
            return Optional.of(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRL " + row.number(), e);
        }
    }
}
