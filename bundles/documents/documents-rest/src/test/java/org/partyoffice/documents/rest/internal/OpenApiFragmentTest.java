package org.partyoffice.documents.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/documents.json} describes exactly what this package's resources serve (see the contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("documents", DocumentsResource.class, Set.of("DocumentsResource", "IncomingResource", "LifecycleResource",
                "RegistersResource", "TasksResource", "VersionsResource"));
    }
}
