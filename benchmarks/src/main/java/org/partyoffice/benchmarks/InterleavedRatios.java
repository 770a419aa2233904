package org.partyoffice.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The ratios of {@link SignatureBenchmark} measured interleaved: each round times a block of the
 * baseline and a block of the platform operation back to back (alternating which goes first), so
 * both see the same machine load. On a machine shared with other builds, JMH's one-after-the-other
 * runs can differ by more than the effect measured; the per-round ratio does not. Prints the
 * median of the per-round ratios and the overall rates. A command-line driver: results go to
 * standard output on purpose.
 *
 * <p>Run: {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)"
 * org.partyoffice.benchmarks.InterleavedRatios} ({@code -Dbench.rounds=40 -Dbench.block=100
 * -Dbench.warmupSeconds=20}).
 */
public final class InterleavedRatios {

    private InterleavedRatios() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 40);
        int block = Integer.getInteger("bench.block", 100);
        SignatureBenchmark b = new SignatureBenchmark();
        b.setUp();
        try {
            System.out.printf("# InterleavedRatios: %d rounds, blocks of %d operations (platform signCms: blocks of %d)%n",
                    rounds, block, Math.max(1, block / 10));
            System.out.println("| platform operation | baseline | platform ops/s | baseline ops/s | median ratio (platform/baseline) |");
            System.out.println("|---|---|---|---|---|");
            compare("CmsSigner.sign, key unlocked", "raw BC CMS sign", b::platformCmsSignerUnlocked, b::rawBouncyCastleCmsSign,
                    rounds, block, block);
            compare("SignatureService.signCms (key session)", "raw BC CMS sign", b::platformSignCms, b::rawBouncyCastleCmsSign,
                    rounds, Math.max(1, block / 10), block);
            // The issue requires every signature in the audit trail: raw BouncyCastle plus one
            // durable audit append (as the signer, like signCms) is the cheapest code that does that.
            SignaturesFixture fx = b.fixture();
            Callable<Object> rawPlusAudit = () -> fx.as(SignatureBenchmark.SIGNER, () -> {
                byte[] signature = b.rawBouncyCastleCmsSign();
                fx.audit.append("signatures", "cms.sign", "bench", "bytes=" + signature.length);
                return signature;
            });
            compare("SignatureService.signCms (key session)", "raw BC CMS sign + audit append", b::platformSignCms,
                    rawPlusAudit, rounds, Math.max(1, block / 10), Math.max(1, block / 10));
            compare("SignatureService.signCms (no session)", "raw BC CMS sign", b::platformSignCmsWithoutSession,
                    b::rawBouncyCastleCmsSign, rounds / 2, Math.max(1, block / 20), block);
            compare("SignatureService.verifyCms", "raw BC CMS verify", b::platformVerifyCms, b::rawBouncyCastleCmsVerify,
                    rounds, block, block);
            // The soft token's two password derivations: the JDK's (printable ASCII passwords, what
            // issuance enforces) against BouncyCastle's (what Pkcs12 uses for other passwords, and
            // what it used for all before), on the same key and file format.
            char[] ascii = SignaturesFixture.TOKEN_PASSWORD;
            char[] vietnamese = "Mật khẩu ký số 2025!".toCharArray();
            List<?> entries = SignaturesFixture.pkcs12Read(b.softToken(), ascii);
            byte[] jdkFile = SignaturesFixture.pkcs12Write(ascii, entries, List.of());
            byte[] bcFile = SignaturesFixture.pkcs12Write(vietnamese, entries, List.of());
            compare("Pkcs12.read, JDK derivations", "Pkcs12.read, BouncyCastle derivations",
                    () -> SignaturesFixture.pkcs12Read(jdkFile, ascii), () -> SignaturesFixture.pkcs12Read(bcFile, vietnamese),
                    rounds / 2, Math.max(1, block / 10), Math.max(1, block / 10));
            compare("Pkcs12.write, JDK derivations", "Pkcs12.write, BouncyCastle derivations",
                    () -> SignaturesFixture.pkcs12Write(ascii, entries, List.of()),
                    () -> SignaturesFixture.pkcs12Write(vietnamese, entries, List.of()),
                    rounds / 2, Math.max(1, block / 10), Math.max(1, block / 10));
        } finally {
            b.tearDown();
        }
    }

    private static void compare(String platformName, String baselineName, Callable<?> platform, Callable<?> baseline,
                                int rounds, int platformBlock, int baselineBlock) throws Exception {
        // Warm-up, not counted: the verification path keeps speeding up for ~25 s (JIT, Derby).
        long warmUntil = System.nanoTime() + Long.getLong("bench.warmupSeconds", 20) * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            time(platform, platformBlock);
            time(baseline, baselineBlock);
        }
        List<Double> ratios = new ArrayList<>();
        long platformNanos = 0;
        long baselineNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long p;
            long q;
            if (r % 2 == 0) {
                p = time(platform, platformBlock);
                q = time(baseline, baselineBlock);
            } else {
                q = time(baseline, baselineBlock);
                p = time(platform, platformBlock);
            }
            platformNanos += p;
            baselineNanos += q;
            double platformRate = platformBlock / (p / 1e9);
            double baselineRate = baselineBlock / (q / 1e9);
            ratios.add(platformRate / baselineRate);
        }
        Collections.sort(ratios);
        double median = ratios.get(ratios.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | **%.3f×** |%n", platformName, baselineName,
                rounds * (double) platformBlock / (platformNanos / 1e9), rounds * (double) baselineBlock / (baselineNanos / 1e9),
                median);
    }

    private static long time(Callable<?> op, int n) throws Exception {
        long start = System.nanoTime();
        Object sink = null;
        for (int i = 0; i < n; i++) {
            sink = op.call();
        }
        if (sink == null) {
            throw new IllegalStateException("an operation returned nothing");
        }
        return System.nanoTime() - start;
    }
}
