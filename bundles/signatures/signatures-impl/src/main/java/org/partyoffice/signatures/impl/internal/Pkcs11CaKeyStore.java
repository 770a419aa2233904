package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.bouncycastle.operator.ContentSigner;

/**
 * The CA keys on a PKCS#11 token (an HSM, a smart card, SoftHSM2), reached through the JDK's own
 * SunPKCS11 provider. The keys are generated inside the token, marked sensitive and not
 * extractable, so they never exist outside it; the module only ever holds handles to them. The
 * token keeps two entries, {@code root} and {@code issuing}, as {@code ca.p12} does.
 *
 * <p>The PIN is read from a file (owner-readable, beside the CA folder by default) at activation
 * and handed to the token's login only: it is never logged, never put into an exception message,
 * and the array is wiped after the login.
 *
 * <p>The provider is configured for this bundle and never registered with
 * {@code Security.addProvider}, for the same reason as {@link Crypto#PROVIDER}: a global
 * registration would outlive the bundle and keep the token's session open after it stops.
 */
final class Pkcs11CaKeyStore implements CaKeyStore {

    static final String ROOT = Pkcs12CaKeyStore.ROOT;
    static final String ISSUING = Pkcs12CaKeyStore.ISSUING;
    static final String DEFAULT_PIN_FILE = "pkcs11.pin";

    /**
     * Where the token is: the PKCS#11 module (library), the slot ID ({@code -1}: the first slot
     * the library lists, {@code slotListIndex=0}), and the file holding the user PIN.
     */
    record Settings(String library, long slot, Path pinFile) {
        Settings {
            if (library == null || library.isBlank()) {
                throw new IllegalArgumentException("pkcs11Library must name the token's PKCS#11 library, e.g. "
                        + "/usr/lib/softhsm/libsofthsm2.so");
            }
            if (!Files.isReadable(Path.of(library))) {
                throw new IllegalArgumentException("pkcs11Library " + library + " does not exist or is not readable");
            }
        }

        /** The SunPKCS11 configuration, inline ({@code --} prefix); the PIN is not part of it. */
        String sunPkcs11Configuration() {
            // Keys generated through the provider become token objects (they survive a restart),
            // private, sensitive and not extractable: the CA key cannot be read out of the token.
            return "--name=partyoffice-ca\n"
                    + "library=" + library + "\n"
                    + (slot >= 0 ? "slot=" + slot + "\n" : "slotListIndex=0\n")
                    + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                    + "  CKA_TOKEN = true\n  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n"
                    + "attributes(generate, CKO_PUBLIC_KEY, *) = {\n  CKA_TOKEN = true\n}\n";
        }
    }

    private final Provider provider;
    private final X509Certificate root;
    private final X509Certificate issuing;
    private final PrivateKey issuingKey;

    private Pkcs11CaKeyStore(Provider provider, X509Certificate root, X509Certificate issuing, PrivateKey issuingKey) {
        this.provider = provider;
        this.root = root;
        this.issuing = issuing;
        this.issuingKey = issuingKey;
    }

    /** The token, logged in: its provider and key store. */
    record Session(Provider provider, KeyStore keyStore) {
        boolean hasCa() {
            try {
                return keyStore.isKeyEntry(ROOT) && keyStore.isKeyEntry(ISSUING);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot list the keys on the PKCS#11 token", e);
            }
        }
    }

    /** Configures SunPKCS11 for the token and logs in with the PIN from the file. */
    static Session open(Settings settings) {
        Provider provider;
        try {
            Provider base = Security.getProvider("SunPKCS11");
            if (base == null) {
                throw new IllegalStateException("this JVM has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
            }
            provider = base.configure(settings.sunPkcs11Configuration());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The PKCS#11 library " + settings.library() + " did not open slot "
                    + (settings.slot() >= 0 ? settings.slot() : "at list index 0")
                    + " (is the token initialised and the slot right? softhsm2-util --show-slots lists them): "
                    + rootMessage(e), e);
        }
        char[] pin = readPin(settings.pinFile());
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
            return new Session(provider, keyStore);
        } catch (IOException e) {
            // The cause names the PKCS#11 error (CKR_PIN_INCORRECT, CKR_PIN_LOCKED), never the PIN.
            throw new IllegalStateException("The PKCS#11 token refused the login with the PIN in " + settings.pinFile()
                    + ": " + rootMessage(e), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the key store of the PKCS#11 token: " + rootMessage(e), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** The CA already on the token. */
    static Pkcs11CaKeyStore load(Session session) {
        try {
            Key key = session.keyStore().getKey(ISSUING, null);
            Certificate rootCertificate = session.keyStore().getCertificate(ROOT);
            Certificate issuingCertificate = session.keyStore().getCertificate(ISSUING);
            if (!(key instanceof PrivateKey privateKey) || !(rootCertificate instanceof X509Certificate r)
                    || !(issuingCertificate instanceof X509Certificate i)) {
                throw new IllegalStateException("The PKCS#11 token has no complete CA: it needs the key entries '"
                        + ROOT + "' and '" + ISSUING + "' with their certificates");
            }
            // Certificates as the JDK's X.509 factory parses them, as everywhere else in the module.
            return new Pkcs11CaKeyStore(session.provider(), Crypto.certificate(r.getEncoded()),
                    Crypto.certificate(i.getEncoded()), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the CA keys on the PKCS#11 token: " + rootMessage(e), e);
        }
    }

    /** Generates the root and issuing keys inside the token and stores their certificates beside them. */
    static Pkcs11CaKeyStore create(Session session, Pkcs12CaKeyStore.Setup setup, Instant now) {
        if (session.hasCa()) {
            throw new IllegalStateException("refusing to overwrite the CA keys on the PKCS#11 token");
        }
        Provider provider = session.provider();
        Instant notBefore = now.minus(CertificateIssuer.BACKDATE);
        Instant rootEnd = now.atOffset(ZoneOffset.UTC).plusYears(setup.rootYears()).toInstant();
        Instant issuingEnd = now.atOffset(ZoneOffset.UTC).plusYears(setup.issuingYears()).toInstant();
        if (issuingEnd.isAfter(rootEnd)) {
            issuingEnd = rootEnd;
        }
        KeyPair rootKeys = setup.algorithm().generate(provider);
        KeyPair issuingKeys = setup.algorithm().generate(provider);
        X509Certificate root = CertificateIssuer.root(setup.rootSubject(), rootKeys.getPublic(),
                CertificateIssuer.signer(rootKeys.getPrivate(), provider), notBefore, rootEnd);
        X509Certificate issuing = CertificateIssuer.intermediate(setup.issuingSubject(), issuingKeys.getPublic(), root,
                CertificateIssuer.signer(rootKeys.getPrivate(), provider), notBefore, issuingEnd);
        try {
            // The keys are token objects already; setKeyEntry labels them and stores the certificates.
            session.keyStore().setKeyEntry(ROOT, rootKeys.getPrivate(), null, new Certificate[] {root});
            session.keyStore().setKeyEntry(ISSUING, issuingKeys.getPrivate(), null, new Certificate[] {issuing, root});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the CA certificates on the PKCS#11 token: " + rootMessage(e), e);
        }
        return new Pkcs11CaKeyStore(provider, root, issuing, issuingKeys.getPrivate());
    }

    @Override
    public String type() {
        return "PKCS11";
    }

    @Override
    public X509Certificate root() {
        return root;
    }

    @Override
    public X509Certificate issuing() {
        return issuing;
    }

    @Override
    public ContentSigner issuingSigner() {
        return CertificateIssuer.signer(issuingKey, provider);
    }

    private static char[] readPin(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            Arrays.fill(bytes, (byte) 0);
            if (text.isEmpty()) {
                throw new IllegalStateException("The PKCS#11 PIN file " + file + " is empty");
            }
            return text.toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("The PKCS#11 PIN file " + file + " cannot be read (setting pkcs11PinFile): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
