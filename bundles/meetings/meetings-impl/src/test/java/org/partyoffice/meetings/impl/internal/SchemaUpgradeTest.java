package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.meetings.api.Ballot;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.sql.Sql;
import org.partyoffice.platform.testkit.PlatformFixture;

/**
 * A database made by module 1.0 ({@code db/meetings/1.sql} only) upgrades to 1.1 on start: its
 * meetings become unclassified and its ballots stay counted, nothing lost.
 */
class SchemaUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void aVersionOneDatabaseUpgradesWithItsMeetingsUnclassifiedAndItsBallotsCounted() throws Exception {
        try (PlatformFixture p = new PlatformFixture(temp, Instant.parse("2026-03-02T02:00:00Z"))) {
            // the 1.0 bundle: a class loader that has only the first script
            ClassLoader v1 = new ClassLoader(MeetingsSchema.class.getClassLoader()) {
                @Override
                public URL getResource(String name) {
                    return name.startsWith("db/meetings/") && !name.equals("db/meetings/1.sql") ? null : super.getResource(name);
                }
            };
            Class<?> anchor = Proxy.newProxyInstance(v1, new Class<?>[] {Runnable.class}, (proxy, method, args) -> null)
                    .getClass();
            assertEquals(1, p.migrations.migrate("MEETINGS", anchor, "db/meetings"));
            long[] ids = p.tx.required(c -> {
                long meeting = Sql.insert(c, "INSERT INTO MEETINGS.MEETINGS (UNIT_ID, TYPE, TITLE, STARTS_AT, ENDS_AT, STATUS, "
                        + "CREATED_BY, CREATED_AT) VALUES (1, 'CONGRESS', 'Đại hội nhiệm kỳ trước', 1000, 2000, 'CLOSED', "
                        + "'admin', 0)");
                Sql.update(c, "INSERT INTO MEETINGS.DELEGATES (CONGRESS_ID, CREDENTIAL, FULL_NAME, CHECKED) VALUES (?, 'D1', "
                        + "'Đại biểu Một', TRUE)", meeting);
                long election = Sql.insert(c, "INSERT INTO MEETINGS.ELECTIONS (CONGRESS_ID, TITLE, SEATS, SURPLUS_PERCENT, "
                        + "FLOOR_SUPPORT_PERCENT, BASE, RULE_NUM, RULE_DEN, RULE_STRICT, BLANK_VALID, LIST_CLOSED) "
                        + "VALUES (?, 'Bầu Bí thư', 1, 100, 30, 'ALL_DELEGATES', 1, 2, TRUE, TRUE, TRUE)", meeting);
                long an = Sql.insert(c, "INSERT INTO MEETINGS.CANDIDATES (ELECTION_ID, FULL_NAME, FROM_FLOOR, SUPPORT) "
                        + "VALUES (?, 'Nguyễn Văn An', FALSE, 0)", election);
                long binh = Sql.insert(c, "INSERT INTO MEETINGS.CANDIDATES (ELECTION_ID, FULL_NAME, FROM_FLOOR, SUPPORT) "
                        + "VALUES (?, 'Trần Thị Bình', FALSE, 0)", election);
                Sql.update(c, "INSERT INTO MEETINGS.BALLOTS (ELECTION_ID, BALLOT_NO, STRUCK_OUT, ENTERED_BY, ENTERED_AT) "
                        + "VALUES (?, 1, ?, 'admin', 0)", election, Long.toString(binh));
                return new long[] {meeting, election, an};
            });

            new MeetingsSchema(p.migrations);
            assertEquals(3, p.migrations.history("MEETINGS").size());
            MeetingEventPublisher quiet = new MeetingEventPublisher() {
                @Override
                public void post(String topic, Map<String, ?> props) {
                }
            };
            var meetings = new JdbcMeetingService(p.tx, p.user, p.audit, p.accounts, p.organisation, p.files, quiet, p.clock);
            var elections = new JdbcElectionService(p.tx, p.user, p.audit, p.organisation, quiet, p.clock);
            Meeting old = meetings.find(ids[0]).orElseThrow();
            assertEquals(Clearance.UNCLASSIFIED, old.classification(), "a reader without clearance still sees it");
            assertNull(old.costEstimate(), "1.2 adds cost estimates; an old meeting has none");
            List<Ballot> ballots = p.asAdmin(() -> elections.ballots(ids[1]));
            assertEquals(1, ballots.size());
            assertFalse(ballots.get(0).voided());
            CountResult count = p.asAdmin(() -> elections.count(ids[1]));
            assertEquals(1, count.valid());
            assertEquals(ids[2], count.candidates().get(0).candidateId());
            assertEquals(1, count.candidates().get(0).votes());
        }
    }
}
