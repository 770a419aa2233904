package org.partyoffice.meetings.api;

/** Kinds of meeting the office serves. */
public enum MeetingType {
    /** Hội nghị Ban Chấp hành. */
    EXECUTIVE_COMMITTEE_CONFERENCE,
    /** Họp Ban Thường vụ. */
    STANDING_COMMITTEE_MEETING,
    /** Họp Thường trực. */
    STANDING_BOARD_MEETING,
    /** Buổi làm việc. */
    WORKING_SESSION,
    /** Hội nghị chuyên đề. */
    THEMATIC_CONFERENCE,
    /** Hội nghị trực tuyến. */
    ONLINE_CONFERENCE,
    /** Đại hội. */
    CONGRESS
}
