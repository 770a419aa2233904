package org.partyoffice.signatures.impl.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the CA's key store at activation, or creates the CA on first start, and checks it is the
 * CA the database's register was issued by. The database keeps the CA certificates (never keys):
 * a data folder restored without {@code ca.p12}, or with another installation's, stops activation
 * instead of silently starting a second CA that would orphan every certificate issued.
 */
final class CaBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(CaBootstrap.class);

    private final Transactions tx;
    private final CertificateRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    CaBootstrap(Transactions tx, CertificateRegister register, AuditTrail audit, Clock clock) {
        this.tx = tx;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Loads the CA from its key store ({@code ca.p12} or the PKCS#11 token, as {@code keyStore}
     * says), or creates it there when neither the key store nor the database knows one.
     */
    CaKeyStore openOrCreate(CaService.Config config, KeyAlgorithm algorithm) {
        Path folder = folder(config);
        Optional<CertificateRegister.Authority> recorded = tx.required(register::authority);
        Instant now = clock.instant();
        String kind = config.keyStore() == null ? "" : config.keyStore().strip().toLowerCase(java.util.Locale.ROOT);
        CaKeyStore loaded;
        boolean created = false;
        String where;
        if (kind.equals("pkcs11")) {
            Pkcs11CaKeyStore.Settings settings = new Pkcs11CaKeyStore.Settings(config.pkcs11Library(), config.pkcs11Slot(),
                    config.pkcs11PinFile().isBlank() ? folder.resolve(Pkcs11CaKeyStore.DEFAULT_PIN_FILE)
                            : Paths.get(config.pkcs11PinFile()));
            where = "the PKCS#11 token in slot " + (settings.slot() >= 0 ? settings.slot() : "list index 0") + " of "
                    + settings.library();
            Pkcs11CaKeyStore.Session session = Pkcs11CaKeyStore.open(settings);
            if (session.hasCa()) {
                loaded = Pkcs11CaKeyStore.load(session);
                LOG.info("Loaded the CA keys from {}", where);
            } else {
                requireNoRecordedCa(recorded, where);
                loaded = Pkcs11CaKeyStore.create(session, setup(config, algorithm), now);
                created = true;
            }
        } else if (kind.equals("pkcs12")) {
            where = folder.resolve(Pkcs12CaKeyStore.FILE).toString();
            if (Pkcs12CaKeyStore.exists(folder)) {
                loaded = Pkcs12CaKeyStore.load(folder, config.caKeyStorePassword());
                LOG.info("Loaded the CA key store {}", where);
            } else {
                requireNoRecordedCa(recorded, where);
                loaded = Pkcs12CaKeyStore.create(folder, config.caKeyStorePassword(), setup(config, algorithm), now);
                created = true;
            }
        } else {
            throw new IllegalArgumentException("keyStore must be pkcs12 or pkcs11, not '" + config.keyStore() + "'");
        }
        if (created) {
            LOG.info("Created the root CA '{}' and the issuing CA '{}' ({}) in {}",
                    DistinguishedNames.format(loaded.root().getSubjectX500Principal()),
                    DistinguishedNames.format(loaded.issuing().getSubjectX500Principal()),
                    KeyAlgorithm.describe(loaded.issuing().getPublicKey()), where);
        }
        String rootFingerprint = Crypto.fingerprint(loaded.root());
        String issuingFingerprint = Crypto.fingerprint(loaded.issuing());
        if (recorded.isPresent()) {
            if (!recorded.get().rootFingerprint().equals(rootFingerprint)
                    || !recorded.get().issuingFingerprint().equals(issuingFingerprint)) {
                throw new IllegalStateException("The CA key store " + where + " (root SHA-256 " + rootFingerprint
                        + ") is not the CA this database's certificates were issued by (root SHA-256 "
                        + recorded.get().rootFingerprint() + "). Restore the right ca.p12 or token.");
            }
        } else {
            String action = created ? "ca.create" : "ca.register";
            String detail = "root=" + DistinguishedNames.format(loaded.root().getSubjectX500Principal())
                    + "; issuing=" + DistinguishedNames.format(loaded.issuing().getSubjectX500Principal())
                    + "; key=" + KeyAlgorithm.describe(loaded.issuing().getPublicKey()) + "; keyStore=" + loaded.type();
            tx.required(c -> {
                register.insertAuthority(c, loaded.root(), loaded.issuing(), loaded.type(), now);
                audit.append(CaService.MODULE, action, rootFingerprint, detail);
                return null;
            });
        }
        if (!loaded.issuing().getNotAfter().toInstant().isAfter(now)) {
            LOG.error("The issuing CA expired on {}: no certificate can be issued until it is replaced",
                    loaded.issuing().getNotAfter().toInstant());
        }
        return loaded;
    }

    static Path folder(CaService.Config config) {
        return config.folder().isBlank()
                ? Paths.get(System.getProperty("karaf.data", "data"), "partyoffice", "signatures")
                : Paths.get(config.folder());
    }

    /** A key store without a CA is only acceptable while the database has no certificates of one. */
    private static void requireNoRecordedCa(Optional<CertificateRegister.Authority> recorded, String where) {
        if (recorded.isPresent()) {
            throw new IllegalStateException("The certificates in this database were issued by the CA '"
                    + DistinguishedNames.format(recorded.get().issuing().getSubjectX500Principal()) + "' (root SHA-256 "
                    + recorded.get().rootFingerprint() + "), but " + where + " is missing or holds no CA keys. Restore them "
                    + "(and their password or PIN) from a backup: a new CA would orphan every certificate issued.");
        }
    }

    private static Pkcs12CaKeyStore.Setup setup(CaService.Config config, KeyAlgorithm algorithm) {
        Pkcs12CaKeyStore.Setup setup = new Pkcs12CaKeyStore.Setup(algorithm,
                parseSubject(config.rootSubject(), "rootSubject"), parseSubject(config.issuingSubject(), "issuingSubject"),
                config.rootValidityYears(), config.issuingValidityYears());
        if (setup.rootYears() < 1 || setup.rootYears() > 50 || setup.issuingYears() < 1) {
            throw new IllegalArgumentException("rootValidityYears must be 1 to 50 and issuingValidityYears at least 1");
        }
        return setup;
    }

    private static X500Name parseSubject(String value, String setting) {
        try {
            return DistinguishedNames.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a distinguished name: '" + value + "'", e);
        }
    }
}
