package org.partyoffice.platform.core.internal;

import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.SchemaMigrations;
import org.partyoffice.platform.api.Transactions;

/**
 * The platform's database: transactions and migrations on the one {@code DataSource} that
 * pax-jdbc-config registers. The platform schema is migrated before the service is registered,
 * so every platform service can rely on its tables.
 */
@Component(service = {Transactions.class, SchemaMigrations.class}, configurationPid = PlatformDatabase.PID)
@Designate(ocd = PlatformDatabase.Config.class)
public final class PlatformDatabase implements Transactions, SchemaMigrations {

    static final String PID = "org.partyoffice.platform.database";

    @ObjectClassDefinition(name = "Party Office database", description = "Which DataSource the platform uses")
    public @interface Config {
        @AttributeDefinition(description = "LDAP filter selecting the javax.sql.DataSource service")
        String dataSource_target() default "(dataSourceName=partyoffice)";
    }

    private final JdbcTransactions tx;
    private final MigrationRunner migrations;

    @Activate
    public PlatformDatabase(@Reference(name = "dataSource", target = "(dataSourceName=partyoffice)") DataSource dataSource) {
        this.tx = new JdbcTransactions(dataSource);
        this.migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
    }

    @Override
    public <T> T required(Work<T> work) {
        return tx.required(work);
    }

    @Override
    public <T> T requiresNew(Work<T> work) {
        return tx.requiresNew(work);
    }

    @Override
    public boolean active() {
        return tx.active();
    }

    @Override
    public String databaseProduct() {
        return tx.databaseProduct();
    }

    @Override
    public int migrate(String schema, Class<?> anchor, String folder) {
        return migrations.migrate(schema, anchor, folder);
    }

    @Override
    public List<Applied> history(String schema) {
        return migrations.history(schema);
    }
}
