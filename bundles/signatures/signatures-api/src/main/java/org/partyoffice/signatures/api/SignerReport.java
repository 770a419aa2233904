package org.partyoffice.signatures.api;

import java.time.Instant;
import java.util.List;

/**
 * What verification found for one signer; {@code problems} says in words why any check failed.
 *
 * @param subject            the signer certificate's subject DN
 * @param serial             its serial, hex
 * @param signingTime        the signed signing-time attribute, or {@code null}
 * @param integrity          the content is exactly what was signed
 * @param chainTrusted       the certificate chains to a trusted root
 * @param validAtSigningTime the certificate was within its validity when signed
 * @param notRevoked         not revoked before the signing time (per the CRL)
 * @param holderLogin        the platform account the certificate belongs to, if known
 */
public record SignerReport(String subject, String serial, Instant signingTime, boolean integrity,
                           boolean chainTrusted, boolean validAtSigningTime, boolean notRevoked,
                           String holderLogin, List<String> problems) {

    public boolean valid() {
        return integrity && chainTrusted && validAtSigningTime && notRevoked;
    }
}
