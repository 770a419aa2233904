package org.partyoffice.signatures.api;

import java.util.List;

/** Verification of a signed file: valid when there is at least one signer and every signer is valid. */
public record VerificationReport(List<SignerReport> signers) {

    public boolean valid() {
        return !signers.isEmpty() && signers.stream().allMatch(SignerReport::valid);
    }
}
