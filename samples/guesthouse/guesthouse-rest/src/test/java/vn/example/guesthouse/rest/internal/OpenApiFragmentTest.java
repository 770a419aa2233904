package vn.example.guesthouse.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/guesthouse.json} describes exactly what this package's resources serve (the platform's contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("guesthouse", BookingsResource.class, Set.of("BookingsResource", "RoomsResource"));
    }
}
