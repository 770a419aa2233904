package ${package}.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** The OpenAPI fragment describes exactly what the resources serve (the platform's contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("${moduleId}", ${moduleClass}Resource.class, Set.of("${moduleClass}Resource"));
    }
}
