package org.partyoffice.signatures.impl.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;

/** The key types the CA generates: ECDSA on P-256 (the default) or RSA 3072. */
enum KeyAlgorithm {
    EC, RSA;

    /** Parses the {@code keyAlgorithm} setting. */
    static KeyAlgorithm parse(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "EC", "ECDSA", "P-256", "EC P-256" -> EC;
            case "RSA", "RSA 3072" -> RSA;
            default -> throw new IllegalArgumentException("keyAlgorithm must be EC or RSA, not '" + value + "'");
        };
    }

    KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(name(), Crypto.PROVIDER);
            if (this == EC) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), Crypto.RANDOM);
            } else {
                generator.initialize(3072, Crypto.RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key pair", e);
        }
    }

    /** The signature algorithm a key of this kind signs certificates, CRLs and CMS with. */
    static String signatureAlgorithm(Key key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
        };
    }

    /** E.g. {@code EC P-256} or {@code RSA 3072}, for {@code CaInfo}. */
    static String describe(PublicKey key) {
        if (key instanceof ECKey ec) {
            return "EC P-" + ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof RSAKey rsa) {
            return "RSA " + rsa.getModulus().bitLength();
        }
        return key.getAlgorithm();
    }
}
