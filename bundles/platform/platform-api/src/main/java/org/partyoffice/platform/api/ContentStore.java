package org.partyoffice.platform.api;

import java.io.InputStream;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Content-addressed file store under the platform's data folder; files are named by SHA-256. */
@ProviderType
public interface ContentStore {

    /** Stores the bytes (once, however often they are put) and returns their SHA-256 in hex. */
    String put(InputStream content);

    /** Opens the content with this hash. */
    Optional<InputStream> open(String sha256);

    boolean contains(String sha256);

    /** Re-hashes the stored file: true when it still matches its name (a fixity check). */
    boolean verify(String sha256);

    /**
     * The module's own area of the store (created when first asked for), named like a module id:
     * lower-case letters, digits and {@code -}.
     *
     * @since 1.1
     */
    ContentArea area(String name);

    /**
     * A batch of puts made durable together by {@link ContentBatch#sync()}. The default puts each
     * file at once (durable on return, so {@code sync} has nothing left to do).
     *
     * @since 1.2
     */
    default ContentBatch batch() {
        return new ContentBatch() {
            @Override
            public String put(InputStream content) {
                return ContentStore.this.put(content);
            }

            @Override
            public void sync() {
                // every put was durable when it returned
            }

            @Override
            public void close() {
                // nothing pending
            }
        };
    }
}
