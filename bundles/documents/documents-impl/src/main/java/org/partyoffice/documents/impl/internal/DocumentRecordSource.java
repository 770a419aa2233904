package org.partyoffice.documents.impl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.Transactions;

/**
 * Offers promulgated documents to the archive: the record carries the document's classification
 * (the archive enforces it) and the files to keep, the signed or scanned version first.
 */
@Component(service = RecordSource.class)
public final class DocumentRecordSource implements RecordSource {

    private final Transactions tx;
    private final DocumentStore store = new DocumentStore();

    @Activate
    public DocumentRecordSource(@Reference Transactions tx, @Reference DocumentsSchema schema) {
        this.tx = tx;
    }

    @Override
    public String module() {
        return DocumentsSchema.MODULE;
    }

    @Override
    public List<ArchivalRecord> closedSince(Instant since, int limit) {
        int n = Math.max(1, Math.min(limit, 10_000));
        return tx.required(c -> {
            List<ArchivalRecord> records = new ArrayList<>();
            for (Document d : store.promulgatedSince(c, since == null ? Instant.EPOCH : since, n)) {
                List<DocumentVersion> versions = store.versions(c, d.id());
                List<String> hashes = new ArrayList<>();
                for (int i = versions.size() - 1; i >= 0; i--) {
                    if (!hashes.contains(versions.get(i).sha256())) {
                        hashes.add(versions.get(i).sha256());
                    }
                }
                records.add(new ArchivalRecord(module(), Long.toString(d.id()), d.symbol() + " " + d.title(), d.unitId(),
                        d.classification(), Instant.ofEpochMilli(promulgatedAt(c, d.id())), hashes));
            }
            return records;
        });
    }

    private static long promulgatedAt(java.sql.Connection c, long id) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("SELECT PROMULGATED_AT FROM DOCUMENTS.DOCUMENTS WHERE ID = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
