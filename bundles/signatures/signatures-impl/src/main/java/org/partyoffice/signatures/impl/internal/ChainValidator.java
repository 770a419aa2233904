package org.partyoffice.signatures.impl.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Chains a certificate to one of the trusted roots and validates the chain with the JDK's PKIX
 * validator at a given time (the signing time), without revocation: revocation is judged apart,
 * against the signing time, by {@link CmsVerifier}. The path is found by name and key identifier
 * here, so a failure can be told in words ("nothing trusted issued ...") rather than the JDK's
 * "unable to find valid certification path".
 */
final class ChainValidator {

    /** {@code problem} is {@code null} when {@code trusted}. */
    record Result(boolean trusted, List<X509Certificate> path, String problem) {
    }

    private static final int MAX_DEPTH = 8;

    private ChainValidator() {
    }

    static Result validate(X509Certificate leaf, Collection<X509Certificate> intermediates, List<X509Certificate> roots,
                           Instant at) {
        return validate(leaf, intermediates, roots, at, null);
    }

    /**
     * Chains already validated, by the fingerprints of their certificates, root included, each
     * with the time window in which all of them are valid. A chain that passed PKIX once passes at
     * any time inside that window (signatures and constraints do not change with time), so it is
     * not validated again. Nothing needs invalidating: a root no longer trusted is not among
     * {@code roots}, so its chains are never looked up; revocation is judged apart, on every call.
     */
    static final class Cache {
        private static final int MAX = 10_000;
        private record Window(Instant from, Instant until) {
        }

        private final Map<String, Window> chains = new ConcurrentHashMap<>();

        boolean known(String key, Instant at) {
            Window w = chains.get(key);
            return w != null && !at.isBefore(w.from()) && !at.isAfter(w.until());
        }

        void validated(String key, List<X509Certificate> full) {
            if (chains.size() >= MAX) {
                chains.clear(); // a crude bound: thousands of distinct signers, rebuilt on demand
            }
            Instant from = Instant.MIN;
            Instant until = Instant.MAX;
            for (X509Certificate c : full) {
                Instant nb = c.getNotBefore().toInstant();
                Instant na = c.getNotAfter().toInstant();
                from = nb.isAfter(from) ? nb : from;
                until = na.isBefore(until) ? na : until;
            }
            chains.put(key, new Window(from, until));
        }

        int size() {
            return chains.size();
        }
    }

    /** As above, skipping PKIX for a chain {@code cache} (may be {@code null}) already validated. */
    static Result validate(X509Certificate leaf, Collection<X509Certificate> intermediates, List<X509Certificate> roots,
                           Instant at, Cache cache) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        X509Certificate current = leaf;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            for (X509Certificate root : roots) {
                if (issuedBy(current, root)) {
                    return cache == null ? pkix(path, root, at) : cached(path, root, at, cache);
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : intermediates) {
                if (!path.contains(candidate) && !isSelfIssued(candidate) && issuedBy(current, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return new Result(false, path, "the certificate does not chain to a trusted root: '"
                        + DistinguishedNames.format(current.getIssuerX500Principal()) + "', which issued '"
                        + DistinguishedNames.format(current.getSubjectX500Principal())
                        + "', is neither a trusted root nor a certificate in the signature issued by one");
            }
            path.add(next);
            current = next;
        }
        return new Result(false, path, "the certificate chain is longer than " + MAX_DEPTH + " certificates");
    }

    private static Result cached(List<X509Certificate> path, X509Certificate root, Instant at, Cache cache) {
        StringBuilder key = new StringBuilder();
        for (X509Certificate c : path) {
            key.append(Crypto.fingerprint(c)).append('/');
        }
        key.append(Crypto.fingerprint(root));
        String id = key.toString();
        if (cache.known(id, at)) {
            List<X509Certificate> full = new ArrayList<>(path);
            full.add(root);
            return new Result(true, full, null);
        }
        Result result = pkix(path, root, at);
        if (result.trusted()) {
            cache.validated(id, result.path());
        }
        return result;
    }

    private static Result pkix(List<X509Certificate> path, X509Certificate root, Instant at) {
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            List<X509Certificate> full = new ArrayList<>(path);
            full.add(root);
            return new Result(true, full, null);
        } catch (CertPathValidatorException e) {
            return new Result(false, path, "the certificate chain is not valid: " + explain(e, path, at));
        } catch (GeneralSecurityException e) {
            return new Result(false, path, "the certificate chain cannot be checked: " + e.getMessage());
        }
    }

    private static String explain(CertPathValidatorException e, List<X509Certificate> path, Instant at) {
        int index = e.getIndex();
        String who = index >= 0 && index < path.size()
                ? "'" + DistinguishedNames.format(path.get(index).getSubjectX500Principal()) + "'" : "a certificate";
        CertPathValidatorException.Reason reason = e.getReason();
        if (reason == BasicReason.EXPIRED) {
            return who + " had expired at " + at;
        }
        if (reason == BasicReason.NOT_YET_VALID) {
            return who + " was not yet valid at " + at;
        }
        if (reason == BasicReason.INVALID_SIGNATURE) {
            return "the signature on " + who + " does not verify";
        }
        if (reason == BasicReason.ALGORITHM_CONSTRAINED) {
            return who + " uses an algorithm or key size that is no longer accepted";
        }
        if (reason == PKIXReason.NOT_CA_CERT) {
            return who + " issued a certificate but is not a CA";
        }
        if (reason == PKIXReason.PATH_TOO_LONG) {
            return "the chain is longer than " + who + " allows";
        }
        if (reason == PKIXReason.INVALID_KEY_USAGE) {
            return "the key usage of " + who + " does not allow it";
        }
        if (reason == PKIXReason.UNRECOGNIZED_CRIT_EXT) {
            return who + " has a critical extension this verifier does not know";
        }
        return e.getMessage();
    }

    /** Names chain, and key identifiers too when the certificate carries an authority key identifier. */
    static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        byte[] aki = extension(certificate, Extension.authorityKeyIdentifier.getId());
        byte[] ski = extension(issuer, Extension.subjectKeyIdentifier.getId());
        if (aki == null || ski == null) {
            return true;
        }
        byte[] keyId = AuthorityKeyIdentifier.getInstance(aki).getKeyIdentifier();
        return keyId == null || Arrays.equals(keyId, ASN1OctetString.getInstance(ski).getOctets());
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /** The extension's value without its OCTET STRING wrapper, or {@code null}. */
    private static byte[] extension(X509Certificate certificate, String oid) {
        byte[] wrapped = certificate.getExtensionValue(oid);
        return wrapped == null ? null : ASN1OctetString.getInstance(wrapped).getOctets();
    }
}
