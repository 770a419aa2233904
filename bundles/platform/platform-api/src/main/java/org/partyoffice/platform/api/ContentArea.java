package org.partyoffice.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A content store of one module's own, in a folder apart from the shared store, where that module
 * may also delete. The archive keeps its holdings in one: destroying a dossier after its retention
 * period must remove the archive's copy without touching a file a live module still refers to.
 *
 * @since 1.1
 */
@ProviderType
public interface ContentArea extends ContentStore {

    /** The area's name, e.g. {@code archives}. */
    String name();

    /** Removes the file; false when there was none. */
    boolean delete(String sha256);

    /** The stored file's size in bytes, or -1 when there is none. */
    long size(String sha256);
}
