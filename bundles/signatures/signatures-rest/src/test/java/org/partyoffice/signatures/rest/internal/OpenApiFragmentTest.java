package org.partyoffice.signatures.rest.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/signatures.json} describes exactly what this package's resources serve (see the contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("signatures", AuthorityResource.class, Set.of("AuthorityResource", "CertificatesResource", "DevicesResource",
                "SigningResource"));
    }

    /** Relying parties fetch the CRL and the CA chain without an account (the contract checks they are announced so). */
    @Test
    void theCrlAndTheChainArePublic() {
        for (String path : new String[] {"/signatures/crl", "/signatures/ca.pem"}) {
            var security = fragment().path("paths").path(path).path("get").path("security");
            assertTrue(security.isArray() && security.isEmpty(), path + " is open without sign-in");
        }
    }
}
