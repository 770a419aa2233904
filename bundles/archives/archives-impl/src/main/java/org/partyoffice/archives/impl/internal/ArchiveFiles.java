package org.partyoffice.archives.impl.internal;

import java.io.InputStream;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.ContentBatch;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * The archive's own area of the platform's content store. Holdings are copies: a live module may
 * change or drop its file, and destroying a dossier deletes here without touching theirs.
 */
@Component(service = ArchiveFiles.class)
public final class ArchiveFiles {

    static final String AREA = "archives";
    static final int MAX_NAME = 500;

    private final ContentStore shared;
    private final ContentArea area;

    @Activate
    public ArchiveFiles(@Reference ContentStore shared) {
        this.shared = shared;
        this.area = shared.area(AREA);
    }

    ContentArea area() {
        return area;
    }

    /** Stores a new file's bytes, durable on return; the file table row is the caller's (inside its transaction). */
    StoredFile store(NewFile file) {
        try (Batch one = batch()) {
            StoredFile stored = one.store(file);
            one.sync();
            return stored;
        }
    }

    /** Files stored together and made durable by one {@link Batch#sync()}, before the transaction naming them commits. */
    Batch batch() {
        return new Batch(area.batch());
    }

    /**
     * A batch of new files over the area's {@link ContentBatch}: the store forces each file in the
     * background while the next is copied, and each folder once per sync. The caller must
     * {@link #sync()} before it commits rows that name the files.
     */
    static final class Batch implements AutoCloseable {

        private final ContentBatch content;

        private Batch(ContentBatch content) {
            this.content = content;
        }

        /** Copies the file in (hashed in the same pass) and returns it with its size; durable after {@link #sync()}. */
        StoredFile store(NewFile file) {
            String name = ArchiveAccess.required(file.name(), "files.name", MAX_NAME);
            if (file.content() == null) {
                throw new InvalidInputException("files.content", "must not be empty");
            }
            String mediaType = file.mediaType() == null || file.mediaType().isBlank() ? "application/octet-stream"
                    : file.mediaType().strip();
            CountingInputStream counted = new CountingInputStream(file.content());
            String hash = content.put(counted);
            if (counted.count() == 0) {
                throw new InvalidInputException("files.content", "must not be empty", name);
            }
            return new StoredFile(hash, name, mediaType, counted.count());
        }

        void sync() {
            content.sync();
        }

        @Override
        public void close() {
            content.close();
        }
    }

    /** Copies a file a module keeps in the shared store into the archive; empty when the shared store lacks it. */
    Optional<StoredFile> copyFromShared(String sha256, String name, String mediaType) {
        if (area.contains(sha256)) {
            return Optional.of(new StoredFile(sha256, name, mediaType, area.size(sha256)));
        }
        Optional<InputStream> in = shared.open(sha256);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream content = in.get()) {
            String copied = area.put(content);
            if (!copied.equals(sha256)) {
                area.delete(copied);
                return Optional.empty();
            }
            return Optional.of(new StoredFile(sha256, name, mediaType, area.size(sha256)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
