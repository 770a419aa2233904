/**
 * Digital signatures for the Party Office: the issuing {@link org.partyoffice.signatures.api.CertificateAuthority}
 * (certificates for people and organisation seals, revocation, CRLs, trusted roots) and the
 * {@link org.partyoffice.signatures.api.SignatureService} (CMS/CAdES and PDF signing and
 * verification). Other modules reference these services optionally and say what they cannot do
 * while the signatures module is not installed.
 *
 * <p>1.3.0 adds {@link org.partyoffice.signatures.api.BatchIssuance}: issuance from a CSV of users as a
 * platform job.
 *
 * <p>No cryptography library types appear here: certificates, requests and CRLs travel as PEM or
 * DER bytes.
 */
@Export
@Version("1.3.0")
package org.partyoffice.signatures.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
