package vn.example.guesthouse.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/** The {@code GUESTHOUSE} schema, migrated once when the bundle activates; the module's components reference it. */
@Component(service = GuestHouseSchema.class)
public final class GuestHouseSchema {

    static final String MODULE = "guesthouse";

    @Activate
    public GuestHouseSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate("GUESTHOUSE", GuestHouseSchema.class, "db/guesthouse");
    }
}
