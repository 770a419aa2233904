package org.partyoffice.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcAccountService;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.impl.internal.CaService;
import org.partyoffice.signatures.impl.internal.CmsSignatureService;

/**
 * The real signatures module outside OSGi, wired as Declarative Services would wire it (as the
 * module's unit-test fixture does), on a file-based embedded Derby database in a temporary folder
 * (durable commits, as in production), with the content store and the CA folder beside it. The
 * whole folder is deleted on {@link #close()}.
 *
 * <p>A few building blocks of the implementation are package-private ({@code CmsSigner},
 * {@code Pkcs12}); they are reached through method handles so the cost of the CMS code alone and of
 * unlocking a soft token can be measured apart. A plain class path (unnamed module) allows that.
 */
final class SignaturesFixture implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String PROVINCE = "Tỉnh ủy Lào Cai";
    static final String PROVINCE_CODE = "000.00.00.H37";
    /** Soft-token password: printable ASCII, at least 10 characters, as the CA requires. */
    static final char[] TOKEN_PASSWORD = "Mat-khau ky so 2025!".toCharArray();
    static final String LOGIN_PASSWORD = "mật khẩu đăng nhập 2025";

    /** The BouncyCastle provider the baselines use: a private instance, as the module's own. */
    static final Provider BC = new BouncyCastleProvider();

    private static final String IMPL = "org.partyoffice.signatures.impl.internal.";
    private static final MethodHandle CMS_SIGNER;
    private static final MethodHandle PKCS12_READ;
    private static final MethodHandle PKCS12_WRITE;

    static {
        try {
            Class<?> signer = Class.forName(IMPL + "CmsSigner");
            CMS_SIGNER = MethodHandles.privateLookupIn(signer, MethodHandles.lookup()).findStatic(signer, "sign",
                    MethodType.methodType(byte[].class, byte[].class, PrivateKey.class, X509Certificate.class, List.class,
                            Instant.class));
            Class<?> pkcs12 = Class.forName(IMPL + "Pkcs12");
            PKCS12_READ = MethodHandles.privateLookupIn(pkcs12, MethodHandles.lookup()).findStatic(pkcs12, "read",
                    MethodType.methodType(List.class, byte[].class, char[].class));
            PKCS12_WRITE = MethodHandles.privateLookupIn(pkcs12, MethodHandles.lookup()).findStatic(pkcs12, "write",
                    MethodType.methodType(byte[].class, char[].class, List.class, List.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Path dir;
    private final String name;
    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final JdbcTransactions tx;
    final MigrationRunner migrations;
    final ThreadCurrentUser user;
    final JdbcAuditTrail audit;
    final JdbcOrganisationService organisation;
    final JdbcAccountService accounts;
    final FileContentStore store;
    final Unit province;
    final CaService ca;
    final SignatureService signatures;
    /** The same service with key sessions off: every signature opens the key file, as before sessions. */
    final SignatureService signaturesWithoutSessions;

    SignaturesFixture() throws Exception {
        dir = Files.createTempDirectory("po-bench-signatures");
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        }
        name = dir.resolve("db").toString();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        tx = new JdbcTransactions(dataSource);
        migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        audit = new JdbcAuditTrail(tx, user);
        Events events = new Events();
        organisation = new JdbcOrganisationService(tx, audit, user, events);
        accounts = new JdbcAccountService(tx, audit, user, organisation, events);
        store = new FileContentStore(dir.resolve("files"));
        insertAdmin();
        province = asAdmin(() -> organisation.create(new NewUnit(PROVINCE_CODE, PROVINCE, UnitType.PROVINCE, null,
                LocalDate.of(2025, 7, 1))));
        // The public DS constructor: the configuration's defaults (EC P-256, 730 days) and our folder.
        ca = new CaService(tx, migrations, user, audit, accounts, organisation, store,
                config(CaService.Config.class, Map.of("folder", dir.resolve("ca").toString())));
        signatures = new CmsSignatureService(ca, tx, user, audit, store);
        signaturesWithoutSessions = new CmsSignatureService(ca, tx, user, audit, store,
                config(CmsSignatureService.Config.class, Map.of("keySessionIdleSeconds", 0)));
    }

    /** The administrator, inserted directly as the platform's first start does. */
    private void insertAdmin() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PLATFORM.ACCOUNTS (LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, CLEARANCE, UNIT_ID, ENABLED, "
                        + "CREATED_AT) VALUES (?, 'Quản trị', 'not-a-login', 'admin', 'TUYET_MAT', NULL, TRUE, 0)")) {
            ps.setString(1, ADMIN);
            ps.executeUpdate();
        }
    }

    /** A signer account in the province (the login password is hashed with PBKDF2, as always). */
    Account createSigner(String login, String fullName) {
        return asAdmin(() -> accounts.create(new AccountChange(login, fullName, LOGIN_PASSWORD, Set.of("signer"),
                Clearance.MAT, province.id(), true)));
    }

    static IssueRequest personal(String login) {
        return new IssueRequest(CertificateProfile.PERSONAL_SIGNING, login, null, 0, null);
    }

    <T> T as(String login, Callable<T> work) {
        try {
            return user.callAs(login, work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T asAdmin(Callable<T> work) {
        return as(ADMIN, work);
    }

    /** {@code CmsSigner.sign}: the module's CMS building block, with a key already unlocked. */
    static byte[] cmsSignerSign(byte[] content, PrivateKey key, X509Certificate signer, List<X509Certificate> chain,
                                Instant signingTime) {
        try {
            return (byte[]) CMS_SIGNER.invokeExact(content, key, signer, chain, signingTime);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Pkcs12.read}: what unlocking a soft token costs (MAC check, key decryption, parsing). */
    static List<?> pkcs12Read(byte[] pkcs12, char[] password) {
        try {
            return (List<?>) PKCS12_READ.invokeExact(pkcs12, password);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Pkcs12.write}: what protecting a soft token costs; {@code entries} as {@link #pkcs12Read} returns them. */
    static byte[] pkcs12Write(char[] password, List<?> entries, List<X509Certificate> chain) {
        try {
            return (byte[]) PKCS12_WRITE.invokeExact(password, entries, chain);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a soft token, opened with the JDK's own PKCS12 KeyStore (independent of the module). */
    static PrivateKey privateKey(byte[] pkcs12, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(pkcs12), password);
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                return (PrivateKey) ks.getKey(alias, password);
            }
        }
        throw new IllegalStateException("no key in the soft token");
    }

    static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A PEM PKCS#10 request for a fresh EC P-256 key, as a holder's token would make it. */
    static String csr(String commonName, SecureRandom random) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair pair = generator.generateKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(pair.getPrivate()));
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(request);
        }
        return out.toString();
    }

    /** Exactly {@code size} bytes of UTF-8 Vietnamese text. */
    static byte[] vietnameseText(int size) {
        String sentence = "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phương hướng, nhiệm vụ phát triển kinh tế - "
                + "xã hội năm 2026; đồng chí Bí thư Tỉnh ủy ký ban hành. ";
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < size) {
            text.append(sentence);
        }
        while (text.toString().getBytes(StandardCharsets.UTF_8).length > size) {
            text.setLength(text.length() - 1);
        }
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < size) {
            text.append(' ');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A configuration annotation: the given values, the annotation's defaults for the rest. */
    static <A> A config(Class<A> type, Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (all.containsKey(method.getName())) {
                return all.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    @Override
    public void close() throws Exception {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(name);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
