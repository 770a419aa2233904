package org.partyoffice.documents.impl.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Transactions;

/**
 * After units merge, their documents stay theirs (a document's issuing unit is history) and the
 * new unit's staff see them through the successor links; this re-indexes those documents so
 * search agrees.
 */
// event.topics as a plain property (see Access).
@Component(service = EventHandler.class, property = "event.topics=" + PlatformEvents.UNIT_MERGED)
public final class UnitMergeListener implements EventHandler {

    private final Transactions tx;
    private final DocumentIndex index;

    @Activate
    public UnitMergeListener(@Reference Transactions tx, @Reference DocumentIndex index) {
        this.tx = tx;
        this.index = index;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(PlatformEvents.SOURCE_IDS) instanceof long[] sources) || sources.length == 0) {
            return;
        }
        String in = LongStream.of(sources).mapToObj(Long::toString).collect(Collectors.joining(",", "(", ")"));
        List<Long> ids = tx.required(c -> {
            List<Long> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM DOCUMENTS.DOCUMENTS WHERE UNIT_ID IN " + in
                    + " OR ID IN (SELECT SOURCE_DOCUMENT_ID FROM DOCUMENTS.INCOMING WHERE UNIT_ID IN " + in + ")");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
            return result;
        });
        for (int i = 0; i < ids.size(); i += 500) {
            index.update(ids.subList(i, Math.min(ids.size(), i + 500)).stream().mapToLong(Long::longValue).toArray());
        }
    }
}
