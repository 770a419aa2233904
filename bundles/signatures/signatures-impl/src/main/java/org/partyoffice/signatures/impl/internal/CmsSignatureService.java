package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.VerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs with the current user's own soft token (or their unit's seal) and verifies anyone's CMS
 * and PDF signatures.
 *
 * <p>A wrong key password is an {@link InvalidInputException} on field {@code password}: it is a
 * mistake in what the user typed (the form shows it at the password box, HTTP 422), not a lack of
 * rights; the attempt is audited as {@code cms.sign.refused} so guessing shows in the trail.
 */
@Component(service = {SignatureService.class, EventHandler.class}, configurationPid = CmsSignatureService.PID,
        property = EventConstants.EVENT_TOPIC + "=" + PlatformEvents.ACCOUNT_CHANGED)
@Designate(ocd = CmsSignatureService.Config.class)
public final class CmsSignatureService implements SignatureService, EventHandler {

    static final String PID = "org.partyoffice.signatures.signing";

    @ObjectClassDefinition(name = "Party Office signing", description = "Server-side signing with soft tokens")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a soft token's key stays unlocked in memory after the last "
                + "signature with it (the password is still checked on every signature); 0 disables key sessions")
        int keySessionIdleSeconds() default 300;

        @AttributeDefinition(description = "Seconds after which a key session ends however busy it is")
        int keySessionMaxSeconds() default 3600;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CmsSignatureService.class);

    /** Audit actions of signatures the platform made; their object is the hash of the signed bytes. */
    private static final List<String> SIGNING_ACTIONS = List.of("cms.sign", "pdf.sign", "pdf.seal");

    private final CaTrust ca;
    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ContentStore store;
    private final Clock clock;
    private final CertificateRegister register = new CertificateRegister();
    private final CmsVerifier verifier;
    private final PdfVerifier pdfVerifier;
    private final KeySessions sessions;
    private final Consumer<String> onRevocation;
    private final ScheduledExecutorService sweeper;

    @Activate
    public CmsSignatureService(@Reference CaTrust ca, @Reference Transactions tx, @Reference CurrentUser user,
                               @Reference AuditTrail audit, @Reference ContentStore store, Config config) {
        this(ca, tx, user, audit, store, Clock.systemUTC(), Duration.ofSeconds(config.keySessionIdleSeconds()),
                Duration.ofSeconds(config.keySessionMaxSeconds()));
    }

    /** With the default key-session times, for code that wires the module by hand (benchmarks). */
    public CmsSignatureService(CaTrust ca, Transactions tx, CurrentUser user, AuditTrail audit, ContentStore store) {
        this(ca, tx, user, audit, store, Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofHours(1));
    }

    CmsSignatureService(CaTrust ca, Transactions tx, CurrentUser user, AuditTrail audit, ContentStore store, Clock clock,
                        Duration keySessionIdle, Duration keySessionMax) {
        this.ca = ca;
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.verifier = new CmsVerifier(ca, new RegisterLookups(), clock);
        this.pdfVerifier = new PdfVerifier(verifier);
        this.sessions = new KeySessions(keySessionIdle, keySessionMax, clock);
        this.onRevocation = sessions::endCertificate;
        ca.addRevocationListener(onRevocation);
        if (sessions.enabled()) {
            // Idle sessions end on time even when nobody signs any more: the keys do not linger.
            sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "signatures-key-sessions");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(1, Math.min(30, keySessionIdle.toSeconds()));
            sweeper.scheduleWithFixedDelay(() -> sessions.sweep(clock.instant()), period, period, TimeUnit.SECONDS);
        } else {
            sweeper = null;
        }
    }

    /** Every unlocked key is forgotten when the component stops (bundle stop, reconfiguration, uninstall). */
    @Deactivate
    void deactivate() {
        ca.removeRevocationListener(onRevocation);
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        sessions.endAll();
    }

    /** An account changed (roles, unit, disabled, password): its key sessions end. */
    @Override
    public void handleEvent(Event event) {
        Object login = event.getProperty(PlatformEvents.LOGIN);
        if (login != null) {
            sessions.endHolder(login.toString());
        }
    }

    /** Open key sessions, for tests. */
    int keySessions() {
        return sessions.size();
    }

    @Override
    public byte[] signCms(byte[] content, char[] password) {
        user.requireAnyRole(Roles.SIGNER);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("content", "must not be empty");
        }
        if (password == null || password.length == 0) {
            throw new InvalidInputException("password", "is required: the password of your signing key");
        }
        String login = user.login();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StoredCertificate certificate = tx.required(c -> register.signingCertificate(c, login, now))
                .orElseThrow(() -> new ConflictException(null, "account '" + login + "' has no valid personal signing "
                        + "certificate whose key the platform holds; ask an administrator to issue one"));
        Unlocked key = unlock(login, certificate, password, "cms.sign.refused");
        X509Certificate signer = certificate.certificate();
        byte[] signature = CmsSigner.sign(content, key.key(), signer, List.of(ca.issuing()), now);
        String hash = Crypto.sha256Hex(content);
        // Object = the content's hash: verification looks signings up by it (see CmsVerifier).
        audit.append(CaService.MODULE, "cms.sign", hash, "certificate=" + certificate.serial() + "; bytes="
                + content.length + "; signingTime=" + now + key.auditNote());
        return signature;
    }

    @Override
    public VerificationReport verifyCms(byte[] content, byte[] signature) {
        if (content == null) {
            throw new InvalidInputException("content", "is required");
        }
        if (signature == null || signature.length == 0) {
            throw new InvalidInputException("signature", "must not be empty");
        }
        return verifier.verify(content, signature);
    }

    @Override
    public byte[] signPdf(byte[] pdf, char[] password, PdfSignatureOptions options) {
        user.requireAnyRole(Roles.SIGNER);
        PdfFiles.requirePdf(pdf);
        PdfSignatureOptions o = PdfSigner.check(options);
        requirePassword(password);
        String login = user.login();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StoredCertificate certificate = tx.required(c -> register.signingCertificate(c, login, now))
                .orElseThrow(() -> new ConflictException(null, "account '" + login + "' has no valid personal signing "
                        + "certificate whose key the platform holds; ask an administrator to issue one"));
        return signPdf(pdf, o, certificate, password, now, "pdf.sign");
    }

    /**
     * The unit's seal: a {@code signer} whose account belongs to the unit (the unit's clerk or
     * leader), with the password of the seal's key. An administrator does not get to apply a
     * unit's seal by being an administrator.
     */
    @Override
    public byte[] signPdfAsSeal(byte[] pdf, long unitId, char[] password, PdfSignatureOptions options) {
        user.requireAnyRole(Roles.SIGNER);
        Account account = user.account().orElseThrow(() -> new AccessDeniedException("sign in first"));
        if (account.unitId() == null || account.unitId() != unitId) {
            throw new AccessDeniedException("only staff of unit " + unitId + " may apply its organisation seal");
        }
        PdfFiles.requirePdf(pdf);
        PdfSignatureOptions o = PdfSigner.check(options);
        requirePassword(password);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StoredCertificate certificate = tx.required(c -> register.sealCertificate(c, unitId, now))
                .orElseThrow(() -> new ConflictException(null, "unit " + unitId + " has no valid organisation seal "
                        + "certificate whose key the platform holds; ask an administrator to issue one"));
        return signPdf(pdf, o, certificate, password, now, "pdf.seal");
    }

    @Override
    public VerificationReport verifyPdf(byte[] pdf) {
        PdfFiles.requirePdf(pdf);
        return pdfVerifier.verify(pdf);
    }

    private byte[] signPdf(byte[] pdf, PdfSignatureOptions options, StoredCertificate certificate, char[] password,
                           Instant now, String action) {
        Unlocked key = unlock(user.login(), certificate, password, action + ".refused");
        X509Certificate signer = certificate.certificate();
        String name = commonName(signer);
        PdfSigner.Signed signed = PdfSigner.sign(pdf, options, name, now,
                bytes -> CmsSigner.sign(bytes, key.key(), signer, List.of(ca.issuing()), now, false));
        // Object = the hash of the signed byte range, the content verification looks signings up by.
        audit.append(CaService.MODULE, action, signed.signedBytesSha256(), "certificate=" + certificate.serial()
                + "; pdf=" + Crypto.sha256Hex(pdf) + "; bytes=" + pdf.length + "; signingTime=" + now
                + (options.reason() == null || options.reason().isBlank() ? "" : "; reason=" + options.reason().strip())
                + key.auditNote());
        return signed.pdf();
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new InvalidInputException("password", "is required: the password of your signing key");
        }
    }

    private static String commonName(X509Certificate certificate) {
        RDN[] cn = DistinguishedNames.of(certificate.getSubjectX500Principal()).getRDNs(BCStyle.CN);
        return cn.length > 0 && cn[0].getFirst().getValue() instanceof ASN1String name ? name.getString()
                : DistinguishedNames.format(certificate.getSubjectX500Principal());
    }

    /** An unlocked key, and whether a key session supplied it (the audit entry says which). */
    private record Unlocked(PrivateKey key, boolean fromSession) {
        String auditNote() {
            return fromSession ? "; key=session" : "; key=unlocked";
        }
    }

    /**
     * The private key of {@code login}'s soft token: from their key session when the password
     * matches it, else by opening the file (which, when it succeeds, starts a session).
     */
    private Unlocked unlock(String login, StoredCertificate certificate, char[] password, String refusal) {
        Optional<PrivateKey> live = sessions.unlocked(login, certificate, password);
        if (live.isPresent()) {
            return new Unlocked(live.get(), true);
        }
        PrivateKey key = unlockFile(certificate, password, refusal);
        sessions.remember(login, certificate, key, password);
        return new Unlocked(key, false);
    }

    /**
     * The private key from the user's soft token. The certificate comes from the register, not the
     * file: after a renewal the token still holds the old certificate, with the same key.
     */
    private PrivateKey unlockFile(StoredCertificate certificate, char[] password, String refusal) {
        byte[] pkcs12;
        Optional<InputStream> in = store.open(certificate.tokenHash());
        if (in.isEmpty()) {
            throw new IllegalStateException("the key file of certificate " + certificate.serial()
                    + " is missing from the content store");
        }
        try (InputStream stream = in.get()) {
            pkcs12 = stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file of certificate " + certificate.serial(), e);
        }
        List<Pkcs12.Entry> entries;
        try {
            entries = Pkcs12.read(pkcs12, password);
        } catch (Pkcs12.WrongPasswordException e) {
            audit.append(CaService.MODULE, refusal, certificate.serial(), "wrong key password");
            LOG.info("Refused to sign for {}: wrong key password", user.login());
            throw new InvalidInputException("password", "is wrong");
        }
        byte[] publicKey = SubjectPublicKeyInfo.getInstance(certificate.certificate().getPublicKey().getEncoded())
                .getPublicKeyData().getBytes();
        for (Pkcs12.Entry entry : entries) {
            byte[] candidate = SubjectPublicKeyInfo.getInstance(entry.certificate().getPublicKey().getEncoded())
                    .getPublicKeyData().getBytes();
            if (Arrays.equals(publicKey, candidate)) {
                return entry.key();
            }
        }
        throw new IllegalStateException("the key file of certificate " + certificate.serial() + " holds another key");
    }

    /** The register and the audit trail, as verification sees them. */
    private final class RegisterLookups implements CmsVerifier.Lookups {

        /**
         * Holders by serial. A certificate's holder never changes (renewal makes a new serial), so
         * an answer found once stays right; serials not (yet) found are asked again each time.
         */
        private final Map<String, Optional<String>> holders = new ConcurrentHashMap<>();

        @Override
        public Optional<String> holderLogin(String serial) {
            Optional<String> known = holders.get(serial);
            if (known != null) {
                return known;
            }
            Optional<StoredCertificate> found = tx.required(c -> register.find(c, serial));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> holder = Optional.ofNullable(found.get().holderLogin());
            if (holders.size() >= 10_000) {
                holders.clear();
            }
            holders.put(serial, holder);
            return holder;
        }

        @Override
        public Optional<Instant> recordedSigning(String serial, String contentSha256, Instant before) {
            String marker = "certificate=" + serial + ";";
            return SIGNING_ACTIONS.stream()
                    .flatMap(action -> audit.query(new AuditQuery(null, CaService.MODULE, action, contentSha256, null,
                            before, 1000)).stream())
                    .filter(e -> e.detail() != null && e.detail().contains(marker))
                    .map(AuditEntry::at).min(Instant::compareTo);
        }
    }
}
