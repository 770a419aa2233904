package org.partyoffice.finance.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/**
 * The {@code FINANCE} schema, migrated once when the bundle activates; every other component
 * of the module references this one, so none touches a table before its migration ran.
 */
@Component(service = FinanceSchema.class)
public final class FinanceSchema {

    static final String MODULE = "finance";
    static final String SCHEMA = "FINANCE";

    @Activate
    public FinanceSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate(SCHEMA, FinanceSchema.class, "db/finance");
    }
}
