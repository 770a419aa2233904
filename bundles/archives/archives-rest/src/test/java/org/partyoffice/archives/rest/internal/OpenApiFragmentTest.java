package org.partyoffice.archives.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/archives.json} describes exactly what this package's resources serve (see the contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("archives", DossiersResource.class, Set.of("AccessRequestsResource", "DigitisationResource", "DispositionResource",
                "DossiersResource", "ExportResource", "FixityResource", "HoldingsResource", "IntakeResource", "SearchResource"));
    }
}
