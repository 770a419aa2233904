package org.partyoffice.archives.api;

import java.util.List;

/**
 * Search hits, best first.
 *
 * @param total     how many the reader may see in all ({@code exact} false: at least this many)
 * @param fullText  false when the search feature is not installed and a metadata search ran instead
 */
public record ArchiveSearchResult(List<Hit> hits, long total, boolean exact, boolean fullText) {

    /** A dossier found, with the item that matched ({@code null} when the dossier itself did). */
    public record Hit(Dossier dossier, Item item, String snippet) {
    }
}
