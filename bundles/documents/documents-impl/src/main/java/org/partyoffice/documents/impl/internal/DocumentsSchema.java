package org.partyoffice.documents.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.SchemaMigrations;

/**
 * The {@code DOCUMENTS} schema, migrated once when the bundle activates; every other component
 * of the module references this one, so none touches a table before its migration ran.
 */
@Component(service = DocumentsSchema.class)
public final class DocumentsSchema {

    static final String MODULE = "documents";
    static final String SCHEMA = "DOCUMENTS";

    private final int version;

    @Activate
    public DocumentsSchema(@Reference SchemaMigrations migrations) {
        this.version = migrations.migrate(SCHEMA, DocumentsSchema.class, "db/documents");
    }

    int version() {
        return version;
    }
}
