package org.partyoffice.signatures.impl.internal;

import java.security.cert.X509Certificate;

import org.bouncycastle.operator.ContentSigner;

/**
 * Where the CA's keys live. The rest of the CA only ever asks for a signer over the issuing key,
 * never for the key itself, so a PKCS#11 token (SunPKCS11, keys that cannot leave the device) can
 * implement this beside the PKCS#12 file.
 */
interface CaKeyStore {

    /** {@code PKCS12} or {@code PKCS11}, as {@code CaInfo.keyStore} reports it. */
    String type();

    X509Certificate root();

    X509Certificate issuing();

    /** A new signer with the issuing CA's key; a {@link ContentSigner} is a one-use stream, never shared. */
    ContentSigner issuingSigner();
}
