package org.partyoffice.signatures.api;

/**
 * A key generated on the server with its certificate, as a PKCS#12 file protected by the password
 * the holder chose. The platform keeps the same protected file for server-side signing; the
 * download is offered once.
 */
public record SoftToken(CertificateInfo certificate, byte[] pkcs12) {
}
