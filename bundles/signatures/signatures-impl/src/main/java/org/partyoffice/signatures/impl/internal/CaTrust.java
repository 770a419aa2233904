package org.partyoffice.signatures.impl.internal;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What signing and verification need from the CA. {@link CaService} registers it as a service
 * beside {@code CertificateAuthority} so {@link CmsSignatureService} can reference it; its package
 * is private, so no other bundle can see or bind it.
 */
interface CaTrust {

    X509Certificate root();

    X509Certificate issuing();

    /** The roots verification trusts: the platform's own first, then the imported ones. */
    List<X509Certificate> trustAnchors();

    /** The current CRL of the issuing CA; a new one is published if the last has passed its nextUpdate. */
    X509CRL currentCrl();

    /** {@code listener} is told the serial of each certificate this CA revokes, as soon as it is revoked. */
    void addRevocationListener(Consumer<String> listener);

    void removeRevocationListener(Consumer<String> listener);
}
