package org.partyoffice.archives.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/**
 * The {@code ARCHIVES} schema, migrated once when the bundle activates; the other components
 * reference this one, so none touches a table before its migration ran.
 */
@Component(service = ArchivesSchema.class)
public final class ArchivesSchema {

    static final String MODULE = "archives";
    static final String SCHEMA = "ARCHIVES";

    @Activate
    public ArchivesSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate(SCHEMA, ArchivesSchema.class, "db/archives");
    }
}
