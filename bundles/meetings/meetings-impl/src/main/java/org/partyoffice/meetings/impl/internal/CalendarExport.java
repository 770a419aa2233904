package org.partyoffice.meetings.impl.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingStatus;

/** Meetings as an iCalendar (RFC 5545) file, written by biweekly. */
final class CalendarExport {

    private CalendarExport() {
    }

    static byte[] write(List<Meeting> meetings, Map<Long, String> roomNames, String host) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Party Office Platform//Meetings//VI");
        for (Meeting m : meetings) {
            VEvent event = new VEvent();
            event.setUid("meeting-" + m.id() + "@" + host);
            event.setSummary(m.title());
            event.setDateStart(Date.from(m.start()));
            event.setDateEnd(Date.from(m.end()));
            if (m.roomId() != null && roomNames.containsKey(m.roomId())) {
                event.setLocation(roomNames.get(m.roomId()));
            }
            event.setStatus(m.status() == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            event.addCategories(m.type().name());
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
