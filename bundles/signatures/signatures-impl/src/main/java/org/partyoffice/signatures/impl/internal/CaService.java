package org.partyoffice.signatures.impl.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.SchemaMigrations;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateQuery;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SoftToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuing CA. On first activation it creates a root and an issuing CA in {@code ca.p12}; later
 * activations load them and check they are the CA this database's register was issued by.
 * Issuance, renewal, revocation and root imports need {@code admin} or {@code it-admin} and are
 * audited in the same transaction as the register change.
 */
// Immediate: the CA is created (or its key store checked) when the module starts, so a missing
// ca.p12 or a wrong password shows in the log at installation, not at someone's first request.
@Component(service = {CertificateAuthority.class, CaTrust.class, DeviceCertificates.class}, configurationPid = CaService.PID, immediate = true)
@Designate(ocd = CaService.Config.class)
public final class CaService implements CertificateAuthority, CaTrust, DeviceCertificates {

    static final String PID = "org.partyoffice.signatures.ca";
    static final String MODULE = "signatures";
    static final int MIN_TOKEN_PASSWORD = 10;
    static final int MAX_VALIDITY_DAYS = 3650;

    @ObjectClassDefinition(name = "Party Office certificate authority",
            description = "The issuing CA of the signatures module")
    public @interface Config {
        @AttributeDefinition(description = "Key type of a new CA and of keys generated on the server",
                options = {@Option(label = "ECDSA P-256", value = "EC"), @Option(label = "RSA 3072", value = "RSA")})
        String keyAlgorithm() default "EC";

        @AttributeDefinition(description = "Subject of the root CA created on first start (RFC 4514, most specific first)")
        String rootSubject() default "CN=Party Office Root CA,O=Văn phòng Đảng ủy,C=VN";

        @AttributeDefinition(description = "Subject of the issuing CA created on first start")
        String issuingSubject() default "CN=Party Office Issuing CA,O=Văn phòng Đảng ủy,C=VN";

        @AttributeDefinition(description = "Validity of a new root CA, years")
        int rootValidityYears() default 20;

        @AttributeDefinition(description = "Validity of a new issuing CA, years (at most the root's)")
        int issuingValidityYears() default 10;

        @AttributeDefinition(description = "Folder of ca.p12; empty means ${karaf.data}/partyoffice/signatures")
        String folder() default "";

        @AttributeDefinition(description = "Where the CA keys live: a password-protected PKCS#12 file (ca.p12 in folder) "
                + "or a PKCS#11 token through the JDK's SunPKCS11 provider",
                options = {@Option(label = "PKCS#12 file", value = "pkcs12"), @Option(label = "PKCS#11 token", value = "pkcs11")})
        String keyStore() default "pkcs12";

        @AttributeDefinition(description = "PKCS#11: the token's PKCS#11 library (module)")
        String pkcs11Library() default "/usr/lib/softhsm/libsofthsm2.so";

        @AttributeDefinition(description = "PKCS#11: slot ID of the token (softhsm2-util --show-slots, pkcs11-tool -L); "
                + "-1 means the first slot the library lists")
        long pkcs11Slot() default -1;

        @AttributeDefinition(description = "PKCS#11: file holding the token's user PIN (owner-readable only); "
                + "empty means pkcs11.pin in folder")
        String pkcs11PinFile() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of ca.p12; empty means the one "
                + "generated on first start into ca.p12.password (owner-readable only) beside it")
        String caKeyStorePassword() default "";

        @AttributeDefinition(description = "Default validity of issued certificates, days")
        int validityDays() default 730;

        @AttributeDefinition(description = "CRL distribution point written into every certificate")
        String crlUrl() default "http://127.0.0.1:8181/api/signatures/crl";

        @AttributeDefinition(description = "Hours until a CRL's nextUpdate; a new one is published when it passes")
        int crlValidityHours() default 24;

        @AttributeDefinition(description = "Minutes between scheduled checks of the CRL; 0 disables the schedule "
                + "(a CRL is still published on each revocation and when asked for after its nextUpdate)")
        int crlCheckMinutes() default 15;

        @AttributeDefinition(description = "Minutes before the CRL's nextUpdate from which the schedule publishes the "
                + "next one; shorter than crlValidityHours and longer than crlCheckMinutes")
        int crlReissueBeforeMinutes() default 360;

        @AttributeDefinition(description = "Country (C) in the subjects of issued certificates; empty for none")
        String country() default "VN";
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaService.class);

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ContentStore store;
    private final Clock clock;
    private final CertificateRegister register = new CertificateRegister();
    private final DeviceStore devices = new DeviceStore();
    private final Subjects subjects;
    private final KeyAlgorithm tokenAlgorithm;
    private final int defaultValidityDays;
    private final CaKeyStore keys;
    private final CertificateIssuer issuer;
    private final CrlPublisher crls;
    private volatile ImportedRoots importedRoots = new ImportedRoots(List.of(), List.of());
    private volatile long rootsCheckedAt = System.nanoTime() - 2 * CrlPublisher.RECHECK.toNanos();
    private final List<Consumer<String>> revocationListeners = new CopyOnWriteArrayList<>();
    private final Duration crlReissueBefore;
    private final ScheduledExecutorService crlSchedule;

    /** Imported roots, parsed once per set of fingerprints. */
    private record ImportedRoots(List<String> fingerprints, List<X509Certificate> certificates) {
    }

    @Activate
    public CaService(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference CurrentUser user,
                     @Reference AuditTrail audit, @Reference AccountService accounts,
                     @Reference OrganisationService organisation, @Reference ContentStore store, Config config) {
        this(tx, migrations, user, audit, accounts, organisation, store, config, Clock.systemUTC());
    }

    CaService(Transactions tx, SchemaMigrations migrations, CurrentUser user, AuditTrail audit, AccountService accounts,
              OrganisationService organisation, ContentStore store, Config config, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.tokenAlgorithm = KeyAlgorithm.parse(config.keyAlgorithm());
        this.defaultValidityDays = config.validityDays();
        if (defaultValidityDays < 1 || defaultValidityDays > MAX_VALIDITY_DAYS) {
            throw new IllegalArgumentException("validityDays must be between 1 and " + MAX_VALIDITY_DAYS);
        }
        if (config.crlValidityHours() < 1) {
            throw new IllegalArgumentException("crlValidityHours must be at least 1");
        }
        if (config.crlCheckMinutes() < 0 || config.crlReissueBeforeMinutes() < 1
                || config.crlReissueBeforeMinutes() >= config.crlValidityHours() * 60
                || config.crlCheckMinutes() > 0 && config.crlCheckMinutes() >= config.crlReissueBeforeMinutes()) {
            throw new IllegalArgumentException("crlReissueBeforeMinutes must be at least 1 and shorter than "
                    + "crlValidityHours (" + config.crlValidityHours() + " h), and crlCheckMinutes at least 0 and shorter "
                    + "than crlReissueBeforeMinutes, so a check always falls before the CRL's nextUpdate");
        }
        if (!config.crlUrl().matches("https?://\\S+")) {
            throw new IllegalArgumentException("crlUrl must be an http(s) URL, not '" + config.crlUrl() + "'");
        }
        this.subjects = new Subjects(accounts, organisation, config.country());
        migrations.migrate("SIGNATURES", CaService.class, "db/signatures");
        this.keys = new CaBootstrap(tx, register, audit, clock).openOrCreate(config, tokenAlgorithm);
        this.issuer = new CertificateIssuer(keys, config.crlUrl());
        this.crls = new CrlPublisher(tx, register, store, keys, Duration.ofHours(config.crlValidityHours()), clock);
        // Publishes the first CRL, or a fresh one when the last expired while the module was stopped.
        crls.current();
        this.crlReissueBefore = Duration.ofMinutes(config.crlReissueBeforeMinutes());
        if (config.crlCheckMinutes() > 0) {
            crlSchedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "signatures-crl");
                t.setDaemon(true);
                return t;
            });
            crlSchedule.scheduleWithFixedDelay(this::refreshCrl, config.crlCheckMinutes(), config.crlCheckMinutes(),
                    TimeUnit.MINUTES);
        } else {
            crlSchedule = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (crlSchedule != null) {
            crlSchedule.shutdownNow();
        }
    }

    /** The scheduled task: a new CRL when the current one's nextUpdate is near. Never throws (it would end the schedule). */
    void refreshCrl() {
        try {
            crls.refreshIfDue(crlReissueBefore);
        } catch (RuntimeException e) {
            LOG.error("The scheduled CRL refresh failed; it is tried again at the next check", e);
        }
    }

    // --- CertificateAuthority ----------------------------------------------------------------------

    @Override
    public CaInfo info() {
        CrlPublisher.Published crl = crls.current();
        long[] counts = tx.required(register::counts);
        return new CaInfo(DistinguishedNames.format(keys.root().getSubjectX500Principal()),
                DistinguishedNames.format(keys.issuing().getSubjectX500Principal()),
                KeyAlgorithm.describe(keys.issuing().getPublicKey()), keys.type(),
                keys.issuing().getNotAfter().toInstant(), crl.number(), crl.nextUpdate(), counts[0], counts[1]);
    }

    @Override
    public String chainPem() {
        return Pem.certificate(keys.issuing()) + Pem.certificate(keys.root());
    }

    @Override
    public CertificateInfo enrol(String csrPem, IssueRequest request) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        SubjectPublicKeyInfo key = provenKey(Pem.certificationRequest(csrPem, "csr"));
        Subjects.Holder holder = subjects.resolve(request);
        int days = validityDays(request.validityDays());
        String device = deviceSerial(request.deviceSerial());
        Instant now = clock.instant();
        X509Certificate certificate = certify(holder.subject(), key, now, days);
        StoredCertificate row = row(certificate, holder, request.profile(), false, device, null, null, now);
        tx.required(c -> {
            if (device != null) {
                requireIssuedDevice(c, device, holder);
            }
            register.insert(c, row);
            audit.append(MODULE, "certificate.issue", row.serial(), describe(row) + "; key from a PKCS#10 request");
            return null;
        });
        LOG.info("Issued certificate {} ({})", row.serial(), row.profile());
        return row.info(now);
    }

    @Override
    public SoftToken issueSoftToken(IssueRequest request, char[] password) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        if (password == null || password.length < MIN_TOKEN_PASSWORD) {
            throw new InvalidInputException("password", "must be at least " + MIN_TOKEN_PASSWORD + " characters");
        }
        for (char ch : password) {
            // The JDK (and so Java signing tools) refuses PKCS#12 passwords outside printable ASCII;
            // a holder must be able to open the file they download anywhere.
            if (ch < 0x20 || ch > 0x7e) {
                throw new InvalidInputException("password", "must use only unaccented letters, digits, spaces and "
                        + "ASCII symbols: Java-based signing software cannot open a key file protected with accented letters");
            }
        }
        Subjects.Holder holder = subjects.resolve(request);
        int days = validityDays(request.validityDays());
        if (request.deviceSerial() != null && !request.deviceSerial().isBlank()) {
            throw new InvalidInputException("deviceSerial", "must be empty: a soft token is a file, not a device");
        }
        Instant now = clock.instant();
        KeyPair pair = tokenAlgorithm.generate();
        X509Certificate certificate = certify(holder.subject(), SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()),
                now, days);
        byte[] pkcs12 = Pkcs12.write(password, List.of(new Pkcs12.Entry(commonName(holder.subject()), pair.getPrivate(),
                certificate)), List.of(keys.issuing(), keys.root()));
        // Kept for server-side signing; only the holder's password opens it.
        String tokenHash = store.put(new ByteArrayInputStream(pkcs12));
        StoredCertificate row = row(certificate, holder, request.profile(), true, null, tokenHash, null, now);
        record(row, "certificate.issue", describe(row) + "; key generated on the server ("
                + KeyAlgorithm.describe(pair.getPublic()) + "), soft token " + tokenHash);
        return new SoftToken(row.info(now), pkcs12);
    }

    @Override
    public CertificateInfo renew(String serial) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        String s = Serials.normalise(serial);
        Instant now = clock.instant();
        StoredCertificate old = tx.required(c -> register.find(c, s))
                .orElseThrow(() -> new EntityNotFoundException("certificate", s, "serial"));
        if (old.revokedAt() != null) {
            throw new ConflictException("serial", "certificate " + s + " is revoked; its key must not be certified again");
        }
        X509Certificate previous = old.certificate();
        X500Name subject = DistinguishedNames.of(previous.getSubjectX500Principal());
        Subjects.Holder holder = new Subjects.Holder(subject, old.holderLogin(), old.unitId());
        X509Certificate certificate = certify(subject, SubjectPublicKeyInfo.getInstance(previous.getPublicKey().getEncoded()),
                now, defaultValidityDays);
        StoredCertificate row = row(certificate, holder, old.profile(), old.keyOnServer(), old.deviceSerial(),
                old.tokenHash(), s, now);
        tx.required(c -> {
            // Re-checked under the old row's lock: a revocation racing this renewal wins.
            if (register.lockIfNotRevoked(c, s) == 0) {
                throw new ConflictException("serial", "certificate " + s + " was revoked meanwhile");
            }
            register.insert(c, row);
            audit.append(MODULE, "certificate.renew", row.serial(), describe(row) + "; renews " + s);
            return null;
        });
        return row.info(now);
    }

    @Override
    public CertificateInfo revoke(String serial, RevocationReason reason) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        String s = Serials.normalise(serial);
        if (reason == null) {
            throw new InvalidInputException("reason", "is required");
        }
        Instant now = clock.instant();
        StoredCertificate revoked = tx.required(c -> {
            // The authority lock first, as CRL publication takes it: revocations queue here
            // instead of deadlocking on each other's certificate rows while building the CRL.
            register.lockAuthority(c);
            StoredCertificate found = register.find(c, s)
                    .orElseThrow(() -> new EntityNotFoundException("certificate", s, "serial"));
            if (found.revokedAt() != null || register.revoke(c, s, now, reason) == 0) {
                throw new ConflictException("serial", "certificate " + s + " is already revoked"
                        + (found.revokedAt() == null ? "" : " (since " + found.revokedAt() + ", " + found.revocationReason() + ")"));
            }
            CertificateRegister.CrlRow crl = crls.publish(c, now);
            audit.append(MODULE, "certificate.revoke", s, "reason=" + reason + "; " + describe(found) + "; CRL " + crl.number());
            return found.revoked(now, reason);
        });
        LOG.info("Revoked certificate {} ({})", s, reason);
        revoked(s);
        return revoked.info(now);
    }

    @Override
    public Optional<CertificateInfo> find(String serial) {
        String s = Serials.normalise(serial);
        String only = visibleHolder();
        Instant now = clock.instant();
        return tx.required(c -> register.find(c, s))
                .filter(found -> only == null || only.equals(found.holderLogin()))
                .map(found -> found.info(now));
    }

    @Override
    public String certificatePem(String serial) {
        String s = Serials.normalise(serial);
        String only = visibleHolder();
        StoredCertificate found = tx.required(c -> register.find(c, s))
                .filter(f -> only == null || only.equals(f.holderLogin()))
                .orElseThrow(() -> new EntityNotFoundException("certificate", s, "serial"));
        return Pem.encode("CERTIFICATE", found.der());
    }

    @Override
    public List<CertificateInfo> search(CertificateQuery query) {
        CertificateQuery q = query == null ? new CertificateQuery(null, null, null, null, null, 0) : query;
        String only = visibleHolder();
        Instant now = clock.instant();
        return tx.required(c -> register.search(c, q, only, now)).stream().map(s -> s.info(now)).toList();
    }

    @Override
    public List<CertificateInfo> expiringWithin(int days) {
        if (days < 0 || days > MAX_VALIDITY_DAYS) {
            throw new InvalidInputException("days", "must be between 0 and " + MAX_VALIDITY_DAYS, days);
        }
        String only = visibleHolder();
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(days));
        return tx.required(c -> register.expiring(c, now, until, only)).stream().map(s -> s.info(now)).toList();
    }

    @Override
    public byte[] crl() {
        return crls.current().der().clone();
    }

    @Override
    public String importTrustedRoot(String pem) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        X509Certificate root = Pem.certificate(pem, "pem");
        String subject = DistinguishedNames.format(root.getSubjectX500Principal());
        if (!root.getSubjectX500Principal().equals(root.getIssuerX500Principal())) {
            throw new InvalidInputException("pem", "must be a self-signed root certificate; this one was issued by '"
                    + DistinguishedNames.format(root.getIssuerX500Principal()) + "'");
        }
        if (!selfSignatureVerifies(root)) {
            throw new InvalidInputException("pem", "its self-signature does not verify: it is not a genuine root certificate");
        }
        if (hasBasicConstraints(root) && root.getBasicConstraints() < 0) {
            throw new InvalidInputException("pem", "is not a CA certificate (basicConstraints cA is false)");
        }
        boolean[] usage = root.getKeyUsage();
        if (usage != null && !usage[5]) {
            throw new InvalidInputException("pem", "its key usage does not allow signing certificates (keyCertSign)");
        }
        String fingerprint = Crypto.fingerprint(root);
        if (fingerprint.equals(Crypto.fingerprint(keys.root()))) {
            throw new ConflictException("pem", "this is the platform's own root, which is always trusted");
        }
        Instant now = clock.instant();
        tx.required(c -> {
            if (register.rootExists(c, fingerprint)) {
                throw new ConflictException("pem", "the root '" + subject + "' is already trusted");
            }
            register.insertRoot(c, new CertificateRegister.TrustedRoot(fingerprint, subject,
                    root.getNotAfter().toInstant(), Pem.certificate(root)), user.login(), now);
            audit.append(MODULE, "root.import", fingerprint, "subject=" + subject + "; valid until " + root.getNotAfter().toInstant());
            return null;
        });
        rootsCheckedAt = System.nanoTime() - 2 * CrlPublisher.RECHECK.toNanos();
        LOG.info("Imported the trusted root '{}' (SHA-256 {})", subject, fingerprint);
        return subject;
    }

    @Override
    public List<String> trustedRoots() {
        List<String> result = new ArrayList<>();
        result.add(DistinguishedNames.format(keys.root().getSubjectX500Principal()));
        tx.required(register::roots).forEach(r -> result.add(r.subject()));
        return result;
    }

    // --- DeviceCertificates ------------------------------------------------------------------------

    @Override
    public List<String> revokeOnDevice(Connection c, String deviceSerial, RevocationReason reason, Instant now)
            throws SQLException {
        // The authority lock first, as in revoke(): revocations and CRL publication queue on it.
        register.lockAuthority(c);
        List<String> revoked = new ArrayList<>();
        for (String serial : devices.validCertificates(c, deviceSerial, now)) {
            if (register.revoke(c, serial, now, reason) == 1) {
                revoked.add(serial);
            }
        }
        if (!revoked.isEmpty()) {
            CertificateRegister.CrlRow crl = crls.publish(c, now);
            for (String serial : revoked) {
                audit.append(MODULE, "certificate.revoke", serial, "reason=" + reason + "; device=" + deviceSerial
                        + "; CRL " + crl.number());
            }
            LOG.info("Revoked {} certificate(s) on device {} ({})", revoked.size(), deviceSerial, reason);
            // Told before the caller commits: ending a key session early is harmless, late is not.
            revoked.forEach(this::revoked);
        }
        return revoked;
    }

    /**
     * Issuance onto a device needs it registered and ISSUED to the holder (a seal: to someone in
     * the seal's unit); the device row stays locked until the certificate is stored, so a loss
     * reported meanwhile waits and then revokes the new certificate too.
     */
    private void requireIssuedDevice(Connection c, String device, Subjects.Holder holder) throws SQLException {
        if (devices.lockIssued(c, device, holder.holderLogin(), holder.unitId()) == 1) {
            return;
        }
        DeviceStore.Row row = devices.find(c, device).orElseThrow(() -> new InvalidInputException("deviceSerial",
                "no secure storage device with this serial is registered", device));
        if (row.state() != org.partyoffice.signatures.api.DeviceState.ISSUED) {
            throw new InvalidInputException("deviceSerial", "the device is " + row.state() + ", not ISSUED", device);
        }
        throw new InvalidInputException("deviceSerial", "the device is issued to "
                + (holder.holderLogin() != null ? "another holder" : "someone outside the seal's unit"), device);
    }

    // --- CaTrust -----------------------------------------------------------------------------------

    @Override
    public X509Certificate root() {
        return keys.root();
    }

    @Override
    public X509Certificate issuing() {
        return keys.issuing();
    }

    /**
     * The roots, answered from memory for up to {@link CrlPublisher#RECHECK} after the database
     * last confirmed them; an import on this node counts at once (it resets the check), one on
     * another node within that second.
     */
    @Override
    public List<X509Certificate> trustAnchors() {
        ImportedRoots cached = importedRoots;
        long now = System.nanoTime();
        if (now - rootsCheckedAt >= CrlPublisher.RECHECK.toNanos()) {
            List<String> fingerprints = tx.required(register::rootFingerprints);
            if (!cached.fingerprints().equals(fingerprints)) {
                List<X509Certificate> parsed = tx.required(register::roots).stream()
                        .map(r -> Pem.certificate(r.pem(), "pem")).toList();
                cached = new ImportedRoots(fingerprints, parsed);
                importedRoots = cached;
            }
            rootsCheckedAt = now;
        }
        List<X509Certificate> result = new ArrayList<>(cached.certificates().size() + 1);
        result.add(keys.root());
        result.addAll(cached.certificates());
        return result;
    }

    @Override
    public X509CRL currentCrl() {
        return crls.currentForVerification().crl();
    }

    @Override
    public void addRevocationListener(Consumer<String> listener) {
        revocationListeners.add(listener);
    }

    @Override
    public void removeRevocationListener(Consumer<String> listener) {
        revocationListeners.remove(listener);
    }

    private void revoked(String serial) {
        for (Consumer<String> listener : revocationListeners) {
            try {
                listener.accept(serial);
            } catch (RuntimeException e) {
                LOG.warn("A revocation listener failed for certificate {}", serial, e);
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    /**
     * The request's key, once its signature proves the requester holds the private key, and only
     * if it is strong enough for a signing certificate.
     */
    private static SubjectPublicKeyInfo provenKey(PKCS10CertificationRequest csr) {
        PublicKey key;
        try {
            key = new JcaPKCS10CertificationRequest(csr).setProvider(Crypto.PROVIDER).getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException("csr", "its public key cannot be read");
        }
        boolean signed;
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().setProvider(Crypto.PROVIDER).build(key);
            signed = csr.isSignatureValid(verifier);
        } catch (Exception e) {
            throw new InvalidInputException("csr", "its signature cannot be checked (unsupported algorithm or damaged request)");
        }
        if (!signed) {
            throw new InvalidInputException("csr", "its signature does not verify: the request was altered, or not "
                    + "signed with the key it carries (no proof of possession)");
        }
        boolean strong = key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() >= 256
                || key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048;
        if (!strong) {
            throw new InvalidInputException("csr", "its key must be EC (P-256 or larger) or RSA of at least 2048 bits, not "
                    + KeyAlgorithm.describe(key));
        }
        return csr.getSubjectPublicKeyInfo();
    }

    /** Signs a certificate for {@code subject}; its validity never outlasts the issuing CA's. */
    private X509Certificate certify(X500Name subject, SubjectPublicKeyInfo key, Instant now, int days) {
        X509Certificate ca = keys.issuing();
        Instant caStart = ca.getNotBefore().toInstant();
        Instant caEnd = ca.getNotAfter().toInstant();
        Instant notBefore = now.minus(CertificateIssuer.BACKDATE);
        if (notBefore.isBefore(caStart)) {
            notBefore = caStart;
        }
        Instant notAfter = now.plus(Duration.ofDays(days));
        if (notAfter.isAfter(caEnd)) {
            notAfter = caEnd;
        }
        if (!notAfter.isAfter(now)) {
            throw new ConflictException(null, "the issuing CA expired on " + caEnd + "; it cannot issue certificates");
        }
        BigInteger serial = Serials.next();
        return issuer.endEntity(serial, subject, key, notBefore, notAfter);
    }

    private StoredCertificate row(X509Certificate certificate, Subjects.Holder holder, CertificateProfile profile,
                                  boolean keyOnServer, String device, String tokenHash, String renews, Instant now) {
        try {
            return new StoredCertificate(Crypto.hex(certificate.getSerialNumber()),
                    DistinguishedNames.format(certificate.getSubjectX500Principal()), holder.holderLogin(), holder.unitId(),
                    profile, certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), null, null,
                    keyOnServer, device, Crypto.fingerprint(certificate), tokenHash, renews, now, user.login(),
                    certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    private void record(StoredCertificate row, String action, String detail) {
        tx.required(c -> {
            register.insert(c, row);
            audit.append(MODULE, action, row.serial(), detail);
            return null;
        });
        LOG.info("Issued certificate {} ({})", row.serial(), row.profile());
    }

    private static String describe(StoredCertificate row) {
        return "profile=" + row.profile() + "; subject=" + row.subject()
                + (row.holderLogin() == null ? "" : "; holder=" + row.holderLogin())
                + (row.deviceSerial() == null ? "" : "; device=" + row.deviceSerial());
    }

    private int validityDays(int requested) {
        if (requested == 0) {
            return defaultValidityDays;
        }
        if (requested < 0 || requested > MAX_VALIDITY_DAYS) {
            throw new InvalidInputException("validityDays", "must be between 1 and " + MAX_VALIDITY_DAYS
                    + " (0 for the default of " + defaultValidityDays + ")", requested);
        }
        return requested;
    }

    private static String deviceSerial(String serial) {
        if (serial == null || serial.isBlank()) {
            return null;
        }
        String s = serial.strip();
        if (s.length() > 100) {
            throw new InvalidInputException("deviceSerial", "must be at most 100 characters");
        }
        return s;
    }

    /**
     * {@code null} when the user may see every certificate (administrators), else the one holder
     * whose certificates they may see: their own.
     */
    private String visibleHolder() {
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.IT_ADMIN)) {
            return null;
        }
        return user.account().map(Account::login)
                .orElseThrow(() -> new AccessDeniedException("sign in first to see certificates"));
    }

    private static String commonName(X500Name subject) {
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        return cn.length > 0 && cn[0].getFirst().getValue() instanceof ASN1String name ? name.getString() : "signing key";
    }

    private static boolean selfSignatureVerifies(X509Certificate root) {
        try {
            root.verify(root.getPublicKey());
            return true;
        } catch (GeneralSecurityException jdkCannot) {
            try {
                // Curves and algorithms the JDK no longer ships (e.g. brainpool) are still in BouncyCastle.
                root.verify(root.getPublicKey(), Crypto.PROVIDER);
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    private static boolean hasBasicConstraints(X509Certificate certificate) {
        return certificate.getExtensionValue(Extension.basicConstraints.getId()) != null;
    }
}
