package org.partyoffice.benchmarks;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * Detached CMS (CAdES-B) signatures per second over 1 KB of Vietnamese text, SHA-256 with ECDSA
 * P-256, against raw BouncyCastle in the same JVM. Warm-up 4 x 3 s (10 x 3 s for the two
 * verifications, whose platform path keeps speeding up for about 25 s), measurement 5 x 3 s, 1 fork.
 *
 * <ul>
 * <li>{@code rawBouncyCastleCmsSign} (baseline): SignedData with the same signed attributes
 * (content-type, message-digest, signing-time, signing-certificate-v2) and the same two
 * certificates inside, from a {@code PrivateKey} in memory. What depends only on the certificate
 * (its holder, its ESSCertIDv2, the certificate store) is prepared once, as hand-written code
 * would.</li>
 * <li>{@code platformCmsSignerUnlocked}: the module's {@code CmsSigner} with the same key in memory:
 * the CMS code alone.</li>
 * <li>{@code platformPkcs12Unlock}: the module's {@code Pkcs12.read} of the user's soft token:
 * the key unlocking alone (MAC check and PBES2 key decryption, both 10,000 iterations).</li>
 * <li>{@code platformSignCms}: {@code SignatureService.signCms} as the signer, what a user's
 * signature really costs: binding the user ({@code callAs}, one account read), the register
 * query for the signing certificate, reading the soft token from the content store, unlocking it,
 * signing, and the audit entry (a durable commit).</li>
 * <li>{@code rawBouncyCastleCmsVerify} (baseline): parse, find the signer certificate in the
 * signature, verify the signature value and the message digest (BouncyCastle also checks the
 * certificate was within its validity at the signing time). No chain, no CRL.</li>
 * <li>{@code platformVerifyCms}: {@code SignatureService.verifyCms}: the same plus the
 * signing-certificate-v2 binding, the chain to a trusted root (JDK PKIX), validity at signing time,
 * the CRL (one query to learn the current CRL), and the holder's account (one query).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SignatureBenchmark {

    static final String SIGNER = "nguyen.van.an";
    static final String SIGNER_NAME = "Nguyễn Văn An";

    private SignaturesFixture fx;
    private byte[] content;
    private PrivateKey key;
    private X509Certificate signerCertificate;
    private List<X509Certificate> chain;
    private byte[] pkcs12;
    private byte[] signature;

    // the raw baseline's per-certificate preparation
    private DigestCalculatorProvider digests;
    private X509CertificateHolder signerHolder;
    private SigningCertificateV2 signingCertificateV2;
    private JcaCertStore certificates;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        fx = new SignaturesFixture();
        fx.createSigner(SIGNER, SIGNER_NAME);
        SoftToken token = fx.asAdmin(() -> fx.ca.issueSoftToken(SignaturesFixture.personal(SIGNER),
                SignaturesFixture.TOKEN_PASSWORD));
        pkcs12 = token.pkcs12();
        key = SignaturesFixture.privateKey(pkcs12, SignaturesFixture.TOKEN_PASSWORD);
        signerCertificate = SignaturesFixture.certificate(fx.asAdmin(() -> fx.ca.certificatePem(token.certificate().serial())));
        chain = List.of(fx.ca.issuing());
        content = SignaturesFixture.vietnameseText(1024);

        digests = new JcaDigestCalculatorProviderBuilder().setProvider(SignaturesFixture.BC).build();
        signerHolder = new X509CertificateHolder(signerCertificate.getEncoded());
        signingCertificateV2 = new SigningCertificateV2(new ESSCertIDv2(
                java.security.MessageDigest.getInstance("SHA-256").digest(signerCertificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(signerHolder.getIssuer())),
                        signerCertificate.getSerialNumber())));
        certificates = new JcaCertStore(List.of(signerCertificate, fx.ca.issuing()));

        // The signature both verifiers check: made by the platform, so the audit trail has it.
        signature = platformSignCms();
        VerificationReport report = platformVerifyCms();
        if (!report.valid() || !rawBouncyCastleCmsVerify() || !fx.signatures.verifyCms(content, rawBouncyCastleCmsSign()).valid()
                || !fx.signatures.verifyCms(content, platformCmsSignerUnlocked()).valid()
                || SignaturesFixture.pkcs12Read(pkcs12, SignaturesFixture.TOKEN_PASSWORD).size() != 1) {
            throw new IllegalStateException("the benchmark's signatures do not verify: " + report);
        }
    }

    /** The signer's soft token (PKCS#12 bytes), for drivers. */
    byte[] softToken() {
        return pkcs12;
    }

    /** The wired module, for drivers that combine its parts (see {@link InterleavedRatios}). */
    SignaturesFixture fixture() {
        return fx;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        fx.close();
    }

    @Benchmark
    public byte[] rawBouncyCastleCmsSign() throws Exception {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS))))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificateV2)));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(SignaturesFixture.BC).build(key),
                        signerHolder));
        generator.addCertificates(certificates);
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
    }

    @Benchmark
    public byte[] platformCmsSignerUnlocked() {
        return SignaturesFixture.cmsSignerSign(content, key, signerCertificate, chain,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Benchmark
    public Object platformPkcs12Unlock() {
        return SignaturesFixture.pkcs12Read(pkcs12, SignaturesFixture.TOKEN_PASSWORD);
    }

    /** With the default key session: after the first signature the key stays unlocked (password still checked). */
    @Benchmark
    public byte[] platformSignCms() {
        return fx.as(SIGNER, () -> fx.signatures.signCms(content, SignaturesFixture.TOKEN_PASSWORD));
    }

    /** With key sessions off (keySessionIdleSeconds=0): every signature opens the soft token. */
    @Benchmark
    public byte[] platformSignCmsWithoutSession() {
        return fx.as(SIGNER, () -> fx.signaturesWithoutSessions.signCms(content, SignaturesFixture.TOKEN_PASSWORD));
    }

    @Benchmark
    @Warmup(iterations = 10, time = 3) // the verification path (Derby queries, PKIX) needs ~25 s to reach steady state
    @SuppressWarnings("unchecked")
    public boolean rawBouncyCastleCmsVerify() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        Store<X509CertificateHolder> store = signed.getCertificates();
        boolean ok = true;
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            X509CertificateHolder holder = (X509CertificateHolder) store.getMatches(signer.getSID()).iterator().next();
            ok &= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(SignaturesFixture.BC).build(holder));
        }
        return ok;
    }

    @Benchmark
    @Warmup(iterations = 10, time = 3) // the verification path (Derby queries, PKIX) needs ~25 s to reach steady state
    public VerificationReport platformVerifyCms() {
        return fx.signatures.verifyCms(content, signature);
    }
}
