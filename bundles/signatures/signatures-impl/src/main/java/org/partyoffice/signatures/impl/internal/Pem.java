package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.partyoffice.platform.api.InvalidInputException;

/** PEM in and out. Input errors name the field they came from. */
final class Pem {

    /** Far larger than any sane request or certificate; stops a 200 MB "PEM" early. */
    static final int MAX_CHARS = 64 * 1024;

    private Pem() {
    }

    static String certificate(X509Certificate certificate) {
        try {
            return encode("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** A PKCS#10 request ({@code CERTIFICATE REQUEST} or {@code NEW CERTIFICATE REQUEST}). */
    static PKCS10CertificationRequest certificationRequest(String pem, String field) {
        Object object = read(pem, field, "a PEM certificate request (-----BEGIN CERTIFICATE REQUEST-----)");
        if (object instanceof PKCS10CertificationRequest request) {
            return request;
        }
        throw new InvalidInputException(field, "must be a PEM certificate request (-----BEGIN CERTIFICATE REQUEST-----), "
                + "not " + describe(object));
    }

    /** One X.509 certificate. */
    static X509Certificate certificate(String pem, String field) {
        Object object = read(pem, field, "a PEM certificate (-----BEGIN CERTIFICATE-----)");
        if (object instanceof X509CertificateHolder holder) {
            try {
                return Crypto.certificate(holder.getEncoded());
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(field, "holds a certificate that cannot be parsed");
            }
        }
        throw new InvalidInputException(field, "must be a PEM certificate (-----BEGIN CERTIFICATE-----), not "
                + describe(object));
    }

    private static Object read(String pem, String field, String expected) {
        if (pem == null || pem.isBlank()) {
            throw new InvalidInputException(field, "must be " + expected);
        }
        if (pem.length() > MAX_CHARS) {
            throw new InvalidInputException(field, "must be at most " + MAX_CHARS + " characters");
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object == null) {
                throw new InvalidInputException(field, "must be " + expected);
            }
            return object;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // Broken base64 or DER: PEMParser reports both as IOException or runtime parse errors.
            throw new InvalidInputException(field, "must be " + expected + "; it cannot be parsed");
        }
    }

    private static String describe(Object object) {
        return object.getClass().getSimpleName();
    }
}
