/**
 * The meetings module: the bodies that meet (Executive Committee, Standing Committee, Standing
 * Board) and their members, rooms, the schedule with room and member conflict checks, agendas,
 * invitations and replies, attendance with live quorum, decisions by vote, minutes and follow-up
 * tasks; and the Congress: delegates, the election of a committee from a candidate list, ballots
 * and their reproducible count under the Party's election rules (190-QĐ/TW), all configurable.
 *
 * <p>1.1: a meeting's classification (reads gated by clearance), invitation, delegate and results
 * reports as PDF, elections and delegates of a Congress listed, ballots voided or corrected with a
 * reason, and the official (audited) count apart from the plain tally.
 *
 * <p>1.2: a meeting's cost estimate ({@link org.partyoffice.meetings.api.MeetingCostService},
 * {@link org.partyoffice.meetings.api.Meeting#costEstimate()}), which becomes a budget request in the
 * finance module when that is installed.
 *
 * <p>1.3: {@link org.partyoffice.meetings.api.MeetingService#reclassify} changes a planned or running
 * meeting's classification, with its reason.
 */
@Export
@Version("1.3.0")
package org.partyoffice.meetings.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
