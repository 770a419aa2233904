package org.partyoffice.signatures.api;

import java.time.Instant;

/**
 * The platform's certificate authority.
 *
 * @param rootSubject    the root CA's subject DN
 * @param issuingSubject the issuing CA's subject DN
 * @param keyAlgorithm   e.g. {@code EC P-256} or {@code RSA 3072}
 * @param keyStore       where the CA keys are: {@code PKCS12} or {@code PKCS11}
 * @param notAfter       end of the issuing CA's validity
 * @param crlNumber      number of the current CRL
 * @param crlNextUpdate  when the current CRL must be replaced
 * @param issued         certificates issued so far
 * @param revoked        of which revoked
 */
public record CaInfo(String rootSubject, String issuingSubject, String keyAlgorithm, String keyStore,
                     Instant notAfter, long crlNumber, Instant crlNextUpdate, long issued, long revoked) {
}
