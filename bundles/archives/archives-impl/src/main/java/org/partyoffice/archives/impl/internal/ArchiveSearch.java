package org.partyoffice.archives.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partyoffice.archives.api.ArchiveSearchResult;
import org.partyoffice.archives.api.Dossier;

/**
 * The search used while the platform's search feature is not installed: every word must appear in
 * the dossier's code or title or the item's title, case-insensitive. It does not fold diacritics
 * and reads no file text; the result says so ({@code fullText} false).
 */
final class ArchiveSearch {

    private final Holdings holdings = new Holdings();

    ArchiveSearchResult metadata(Connection c, String text, ArchiveScope scope, int offset, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" FROM ARCHIVES.ITEMS I JOIN ARCHIVES.DOSSIERS D ON D.ID = I.DOSSIER_ID WHERE ")
                .append(scope.condition("D")).append(" AND ").append(scope.levels("I"));
        List<Object> args = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            String like = "%" + word.replace("*", "") + "%";
            where.append(" AND (LOWER(D.CODE) LIKE ? OR LOWER(D.TITLE) LIKE ? OR LOWER(I.TITLE) LIKE ?)");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        long total = Db.count(c, "SELECT COUNT(*)" + where, args.toArray());
        List<Object> page = new ArrayList<>(args);
        page.add(offset);
        page.add(limit);
        List<long[]> ids = Db.list(c, "SELECT I.ID, D.ID" + where + " ORDER BY I.ITEM_DATE DESC, I.ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, page.toArray());
        List<ArchiveSearchResult.Hit> hits = new ArrayList<>();
        for (long[] id : ids) {
            Dossier d = holdings.dossier(c, id[1]).orElseThrow();
            hits.add(new ArchiveSearchResult.Hit(d, holdings.item(c, id[0]).orElseThrow(), ""));
        }
        return new ArchiveSearchResult(hits, total, true, false);
    }
}
