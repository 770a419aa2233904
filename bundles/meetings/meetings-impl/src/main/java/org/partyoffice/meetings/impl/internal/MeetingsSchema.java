package org.partyoffice.meetings.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/** The {@code MEETINGS} schema, migrated once when the bundle activates; the module's components reference it. */
@Component(service = MeetingsSchema.class)
public final class MeetingsSchema {

    static final String MODULE = "meetings";

    @Activate
    public MeetingsSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate("MEETINGS", MeetingsSchema.class, "db/meetings");
    }
}
