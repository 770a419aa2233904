package org.partyoffice.platform.api;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Several files put behind one durability barrier. {@link ContentStore#put} forces each file and
 * its folder to disk before it returns; a module taking in many files at once (a digitisation
 * batch) opens a batch instead, {@link #put puts} the files, calls {@link #sync} once, and only then
 * commits the transaction that names them. The store may force the files in the background while
 * the caller writes the next one, and forces each folder once per sync rather than once per file.
 *
 * <p>Until {@code sync} returns, a file put here is not yet under its name ({@code contains} may
 * say false), and after a crash it may be gone; a file never appears half-written under its name.
 * Closing a batch without {@code sync} abandons what was put since the last sync. One thread uses a
 * batch at a time.
 *
 * @since 1.2
 */
@ProviderType
public interface ContentBatch extends AutoCloseable {

    /** Writes the bytes, hashing them in the same pass, and returns their SHA-256 in hex; durable only after {@link #sync}. */
    String put(InputStream content);

    /** Returns once every file put so far is on disk under its name (file and folder forced). */
    void sync();

    /** Abandons what was put since the last {@link #sync} (nothing of it stays on disk); never throws. */
    @Override
    void close();
}
