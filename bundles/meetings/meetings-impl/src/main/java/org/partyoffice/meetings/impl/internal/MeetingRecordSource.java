package org.partyoffice.meetings.impl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

/**
 * Offers closed meeting files to the archive: the approved minutes (kept in the content store
 * when the chair approved them) and the files attached to the agenda, with the meeting's
 * classification, so the archive keeps a classified meeting's file as classified.
 */
@Component(service = RecordSource.class)
public final class MeetingRecordSource implements RecordSource {

    private final Transactions tx;

    @Activate
    public MeetingRecordSource(@Reference Transactions tx, @Reference MeetingsSchema schema) {
        this.tx = tx;
    }

    @Override
    public String module() {
        return MeetingsSchema.MODULE;
    }

    @Override
    public List<ArchivalRecord> closedSince(Instant since, int limit) {
        int n = Math.max(1, Math.min(limit, 10_000));
        return tx.required(c -> {
            List<ArchivalRecord> records = new ArrayList<>();
            for (var row : Sql.list(c, "SELECT ID, UNIT_ID, TITLE, CLOSED_AT, MINUTES_SHA256, CLASSIFICATION FROM MEETINGS.MEETINGS "
                    + "WHERE STATUS = 'CLOSED' AND CLOSED_AT >= ? ORDER BY CLOSED_AT, ID FETCH FIRST " + n + " ROWS ONLY",
                    rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6)},
                    since == null ? Instant.EPOCH : since)) {
                long id = (Long) row[0];
                List<String> files = new ArrayList<>();
                if (row[4] != null) {
                    files.add((String) row[4]);
                }
                for (String hashes : Sql.list(c, "SELECT FILE_HASHES FROM MEETINGS.AGENDA WHERE MEETING_ID = ? ORDER BY POSITION",
                        rs -> rs.getString(1), id)) {
                    for (String h : MeetingRows.words(hashes)) {
                        if (!files.contains(h)) {
                            files.add(h);
                        }
                    }
                }
                records.add(new ArchivalRecord(module(), Long.toString(id), "Hồ sơ cuộc họp: " + row[2], (Long) row[1],
                        Clearance.values()[(Integer) row[5]], Instant.ofEpochMilli((Long) row[3]), files));
            }
            return records;
        });
    }
}
