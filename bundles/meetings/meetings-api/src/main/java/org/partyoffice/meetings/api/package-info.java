/**
 * The meetings module: the bodies that meet (Executive Committee, Standing Committee, Standing
 * Board) and their members, rooms, the schedule with room and member conflict checks, agendas,
 * invitations and replies, attendance with live quorum, decisions by vote, minutes and follow-up
 * tasks; and the Congress: delegates, the election of a committee from a candidate list, ballots
 * and their reproducible count under the Party's election rules (190-QĐ/TW), all configurable.
 */
@Export
@Version("1.0.0")
package org.partyoffice.meetings.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
