package org.partyoffice.archives.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When units merge, their fonds and dossiers are carried to the new unit: its readers see them,
 * and each fonds keeps the organisation that created it. Fonds are never merged into one, because
 * a fonds is the records of one creating organisation.
 */
// event.topics as a plain property: @EventTopics would add an osgi.implementation requirement Karaf's EventAdmin lacks
@Component(service = EventHandler.class, property = "event.topics=" + PlatformEvents.UNIT_MERGED)
public final class UnitMergeListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnitMergeListener.class);

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveIndex index;

    @Activate
    public UnitMergeListener(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveIndex index,
                             @Reference ArchivesSchema schema) {
        this.tx = tx;
        this.access = access;
        this.index = index;
    }

    @Override
    public void handleEvent(Event event) {
        long[] sources = (long[]) event.getProperty(PlatformEvents.SOURCE_IDS);
        long target = ((Number) event.getProperty(PlatformEvents.TARGET_ID)).longValue();
        carry(sources, target);
    }

    void carry(long[] sources, long target) {
        int moved = tx.required(c -> {
            int n = 0;
            for (long source : sources) {
                n += Db.update(c, "UPDATE ARCHIVES.FONDS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
                Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET UNIT_ID = ? WHERE UNIT_ID = ?", target, source);
            }
            if (n > 0) {
                access.audit("fonds.carry", target, "fonds of units " + java.util.Arrays.toString(sources) + " now held by " + target);
            }
            return n;
        });
        if (moved > 0) {
            LOG.info("Carried {} fonds of merged units {} to unit {}", moved, sources, target);
            index.updateUnit(target);
        }
    }
}
