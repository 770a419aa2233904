package org.partyoffice.meetings.api;

import java.util.List;

/**
 * An item of a meeting's agenda, in order.
 *
 * @param documentIds documents of the documents module attached to it (when that module is installed)
 * @param fileHashes  plain files attached to it, in the platform's content store
 */
public record AgendaItem(long id, long meetingId, int position, String title, String presenter, int minutes,
                         List<Long> documentIds, List<String> fileHashes) {
}
