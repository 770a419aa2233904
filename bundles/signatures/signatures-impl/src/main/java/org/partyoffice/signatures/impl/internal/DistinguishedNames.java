package org.partyoffice.signatures.impl.internal;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Distinguished names in the RFC 4514 order people read ({@code CN=...,O=...,C=VN}, most specific
 * first) and the X.500 order certificates encode ({@code C} first). BouncyCastle's string form keeps
 * the order it is given, so both directions reverse the RDNs here.
 *
 * <p>Values are encoded by {@link BCStyle}: UTF8String for names (so Vietnamese round-trips),
 * PrintableString where X.520 requires it ({@code C}, {@code serialNumber}).
 */
final class DistinguishedNames {

    private DistinguishedNames() {
    }

    /**
     * Parses an RFC 4514 string.
     *
     * @throws IllegalArgumentException when it is not a distinguished name
     */
    static X500Name parse(String rfc4514) {
        if (rfc4514 == null || rfc4514.isBlank()) {
            throw new IllegalArgumentException("a distinguished name must not be empty");
        }
        X500Name asWritten = new X500Name(BCStyle.INSTANCE, rfc4514.strip());
        return new X500Name(BCStyle.INSTANCE, reversed(asWritten.getRDNs()));
    }

    /** The RFC 4514 string of an encoded name, e.g. {@code CN=Nguyễn Văn An,O=Tỉnh ủy Lào Cai,C=VN}. */
    static String format(X500Name name) {
        return BCStyle.INSTANCE.toString(new X500Name(BCStyle.INSTANCE, reversed(name.getRDNs())));
    }

    static String format(X500Principal principal) {
        return format(X500Name.getInstance(principal.getEncoded()));
    }

    /** The name exactly as encoded in a certificate (no re-encoding, so chaining compares equal). */
    static X500Name of(X500Principal principal) {
        return X500Name.getInstance(principal.getEncoded());
    }

    private static RDN[] reversed(RDN[] rdns) {
        RDN[] result = new RDN[rdns.length];
        for (int i = 0; i < rdns.length; i++) {
            result[i] = rdns[rdns.length - 1 - i];
        }
        return result;
    }
}
