package ${package}.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/**
 * The module's own schema, brought up to date from {@code db/${moduleId}/} before any service of the
 * module starts (they all reference this component).
 */
@Component(service = ${moduleClass}Schema.class)
public final class ${moduleClass}Schema {

    static final String MODULE = "${moduleId}";
    static final String SCHEMA = "${moduleId.toUpperCase()}";

    @Activate
    public ${moduleClass}Schema(@Reference SchemaMigrations migrations) {
        migrations.migrate(SCHEMA, ${moduleClass}Schema.class, "db/" + MODULE);
    }
}
