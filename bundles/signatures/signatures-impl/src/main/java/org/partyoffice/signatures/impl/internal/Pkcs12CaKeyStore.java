package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.ContentSigner;

/**
 * The CA keys in a password-protected PKCS#12 file, {@code ca.p12}, with two entries: {@code root}
 * and {@code issuing}. The password comes from configuration or, when none is configured, from
 * {@code ca.p12.password} beside the file, generated on first start and readable by the owner only.
 * Neither the keys nor the password ever reach the database or a log.
 */
final class Pkcs12CaKeyStore implements CaKeyStore {

    static final String FILE = "ca.p12";
    static final String PASSWORD_FILE = "ca.p12.password";
    static final String ROOT = "root";
    static final String ISSUING = "issuing";

    /** What a new CA looks like. */
    record Setup(KeyAlgorithm algorithm, X500Name rootSubject, X500Name issuingSubject, int rootYears, int issuingYears) {
    }

    private final X509Certificate root;
    private final X509Certificate issuing;
    private final PrivateKey issuingKey;

    private Pkcs12CaKeyStore(X509Certificate root, X509Certificate issuing, PrivateKey issuingKey) {
        this.root = root;
        this.issuing = issuing;
        this.issuingKey = issuingKey;
    }

    static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE));
    }

    /** Opens the existing {@code ca.p12}. */
    static Pkcs12CaKeyStore load(Path folder, String configuredPassword) {
        Path file = folder.resolve(FILE);
        char[] password = password(folder, configuredPassword, false);
        try {
            List<Pkcs12.Entry> entries = Pkcs12.read(Files.readAllBytes(file), password);
            Pkcs12.Entry root = entry(entries, ROOT, file);
            Pkcs12.Entry issuing = entry(entries, ISSUING, file);
            return new Pkcs12CaKeyStore(root.certificate(), issuing.certificate(), issuing.key());
        } catch (Pkcs12.WrongPasswordException e) {
            throw new IllegalStateException("The CA key store " + file + " does not open with its password (setting "
                    + "caKeyStorePassword, or " + PASSWORD_FILE + " beside it)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA key store " + file, e);
        }
    }

    /** Generates the root and issuing CA and writes them to a new {@code ca.p12}. */
    static Pkcs12CaKeyStore create(Path folder, String configuredPassword, Setup setup, Instant now) {
        Path file = folder.resolve(FILE);
        if (Files.exists(file)) {
            throw new IllegalStateException("refusing to overwrite the CA key store " + file);
        }
        createFolder(folder);
        char[] password = password(folder, configuredPassword, true);
        Instant notBefore = now.minus(CertificateIssuer.BACKDATE);
        Instant rootEnd = now.atOffset(ZoneOffset.UTC).plusYears(setup.rootYears()).toInstant();
        Instant issuingEnd = now.atOffset(ZoneOffset.UTC).plusYears(setup.issuingYears()).toInstant();
        if (issuingEnd.isAfter(rootEnd)) {
            issuingEnd = rootEnd;
        }
        KeyPair rootKeys = setup.algorithm().generate();
        KeyPair issuingKeys = setup.algorithm().generate();
        X509Certificate root = CertificateIssuer.root(setup.rootSubject(), rootKeys.getPublic(), rootKeys.getPrivate(),
                notBefore, rootEnd);
        X509Certificate issuing = CertificateIssuer.intermediate(setup.issuingSubject(), issuingKeys.getPublic(), root,
                rootKeys.getPrivate(), notBefore, issuingEnd);
        byte[] p12 = Pkcs12.write(password, List.of(
                new Pkcs12.Entry(ROOT, rootKeys.getPrivate(), root),
                new Pkcs12.Entry(ISSUING, issuingKeys.getPrivate(), issuing)), List.of(root));
        writeOwnerOnly(file, p12);
        return new Pkcs12CaKeyStore(root, issuing, issuingKeys.getPrivate());
    }

    @Override
    public String type() {
        return "PKCS12";
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
        return CertificateIssuer.signer(issuingKey);
    }

    private static Pkcs12.Entry entry(List<Pkcs12.Entry> entries, String alias, Path file) {
        return entries.stream().filter(e -> e.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The CA key store " + file + " has no '" + alias + "' key"));
    }

    /**
     * The configured password, else the one in {@code ca.p12.password}; generated there only when a
     * new key store is about to be created, so a lost password file is never silently replaced.
     */
    static char[] password(Path folder, String configured, boolean creating) {
        if (configured != null && !configured.isEmpty()) {
            return configured.toCharArray();
        }
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new IllegalStateException(file + " is empty");
                }
                return text.toCharArray();
            }
            if (!creating) {
                throw new IllegalStateException("The CA key store " + folder.resolve(FILE) + " exists but its password "
                        + "is neither configured (caKeyStorePassword) nor in " + file);
            }
            byte[] random = new byte[24];
            Crypto.RANDOM.nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, (generated + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            return generated.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the CA key store password file " + file, e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data folder's own ACL protects it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the CA folder " + folder, e);
        }
    }

    /**
     * Writes through a temporary file, which the JDK creates readable by the owner only, and moves
     * it into place: the secret is never visible with wider permissions, nor half-written.
     */
    static void writeOwnerOnly(Path target, byte[] content) {
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            createFolder(folder);
            tmp = Files.createTempFile(folder, ".ca-", ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file holds nothing the real file does not
                }
            }
        }
    }
}
