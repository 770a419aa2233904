package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * The meetings module: alone on the platform (a conference held, its minutes approved, an
 * election counted; conclusions cannot become a document and it says so), then the documents
 * module installed at runtime next to it (the closed meeting's conclusions become a draft), then
 * meetings uninstalled and installed again with its meetings still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeetingsModuleIT {

    private static final String CLERK = "van.thu.hop";
    private static final String CHAIR = "bi.thu";
    private static final String PASSWORD = "mật-khẩu-thử-nghiệm-2";

    @Inject
    private BundleContext context;
    private FeaturesService features;
    @Inject
    private CurrentUser user;
    @Inject
    private AccountService accounts;
    @Inject
    private OrganisationService organisation;
    @Inject
    private ModuleRegistry modules;
    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;

    private static long electionId;
    private static long provinceId;
    private static long roomId;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution(
                DistributionSupport.apiBundle("meetings"),
                DistributionSupport.apiBundle("documents"));
    }

    @Test
    public void moduleLifecycle() throws Exception {
        features = Services.awaitSettled(context, 120);
        long closed = aloneOnThePlatform();
        shellCommands(closed);
        documentsInstalledAtRuntime(closed);
        uninstallAndReinstallKeepTheMeetings(closed);
    }

    private long aloneOnThePlatform() throws Exception {
        features.installFeature("partyoffice-meetings", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        MeetingService meetings = Services.await(context, MeetingService.class, 60);
        ElectionService elections = Services.await(context, ElectionService.class, 60);
        assertFalse(features.isInstalled(features.getFeature("partyoffice-documents")));

        Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H98", "Tỉnh ủy Họp Thử",
                UnitType.PROVINCE, null, LocalDate.of(2025, 7, 1))));
        List<BodyMember> members = new ArrayList<>();
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(CLERK, "Lê Văn Thư Họp", PASSWORD, Set.of(Roles.OFFICE_STAFF), Clearance.MAT,
                    province.id(), true));
            return accounts.create(new AccountChange(CHAIR, "Nguyễn Bí Thư", PASSWORD, Set.of(Roles.SIGNER), Clearance.TUYET_MAT,
                    province.id(), true));
        });
        members.add(new BodyMember(CHAIR, null, MemberRole.CHAIR));
        for (int i = 1; i <= 5; i++) {
            String login = "uy.vien." + i;
            user.callAs("admin", () -> accounts.create(new AccountChange(login, "Ủy viên " + login, PASSWORD,
                    Set.of(Roles.VIEWER), Clearance.MAT, province.id(), true)));
            members.add(new BodyMember(login, null, MemberRole.MEMBER));
        }
        Body bch = user.callAs(CLERK, () -> meetings.createBody(province.id(), "Ban Chấp hành Đảng bộ tỉnh",
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, members, null, null));
        var room = user.callAs(CLERK, () -> meetings.saveRoom("Hội trường thử", 100, null));
        provinceId = province.id();
        roomId = room.id();
        Instant start = LocalDate.of(2026, 4, 6).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        Meeting m = user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(province.id(),
                MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, "Hội nghị Ban Chấp hành lần thứ 5", bch.id(), room.id(), start,
                start.plusSeconds(4 * 3600), null)));
        try {
            user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(province.id(), MeetingType.WORKING_SESSION, "Trùng phòng",
                    null, room.id(), start.plusSeconds(3600), start.plusSeconds(7200), List.of())));
            fail("double booking");
        } catch (ConflictException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("meeting " + m.id()));
        }
        for (BodyMember member : members.subList(0, 4)) {
            user.callAs(CLERK, () -> meetings.checkIn(m.id(), member.login()));
        }
        assertTrue("4 of 6 is two thirds", meetings.quorum(m.id()).reached());
        user.callAs(CLERK, () -> meetings.saveMinutes(m.id(), "Hội nghị thống nhất ban hành Kết luận về chuyển đổi số."));
        user.callAs(CHAIR, () -> meetings.approveMinutes(m.id()));
        try {
            user.callAs(CLERK, () -> meetings.draftConclusions(m.id(), "KL"));
            fail("conclusions without the documents module");
        } catch (ConflictException expected) {
            assertEquals("documents", expected.field());
        }
        RecordSource source = Services.await(context, RecordSource.class, 30);
        List<ArchivalRecord> records = source.closedSince(Instant.EPOCH, 10);
        assertEquals(1, records.size());
        assertEquals(1, records.get(0).fileHashes().size());
        // PDFBox and the font resolve with the meetings feature alone (documents is not installed yet)
        byte[] invitation = user.callAs(CLERK, () -> meetings.invitationsPdf(m.id()));
        assertEquals("%PDF-", new String(invitation, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));

        Meeting congress = user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(province.id(), MeetingType.CONGRESS,
                "Đại hội thử", null, null, start.plusSeconds(86_400 * 30), start.plusSeconds(86_400 * 31), List.of())));
        for (int i = 1; i <= 4; i++) {
            int n = i;
            user.callAs(CLERK, () -> {
                elections.addDelegate(congress.id(), "Đại biểu " + n, "DB" + n);
                return null;
            });
        }
        var election = user.callAs(CLERK, () -> elections.create(congress.id(), "Bầu Ban Chấp hành", ElectionRules.standard(1)));
        var an = user.callAs(CLERK, () -> elections.addCandidate(election.id(), "Nguyễn Văn An"));
        user.callAs(CLERK, () -> elections.closeList(election.id()));
        for (int n = 1; n <= 3; n++) {
            int ballot = n;
            user.callAs(CLERK, () -> elections.enterBallot(election.id(), ballot, Set.of()));
        }
        electionId = election.id();
        var result = user.callAs(CLERK, () -> elections.count(election.id()));
        assertTrue("3 of 4 delegates is more than half", result.candidates().get(0).elected());
        assertEquals(an.id(), result.candidates().get(0).candidateId());
        byte[] results = user.callAs(CLERK, () -> elections.resultsPdf(election.id()));
        assertEquals("%PDF-", new String(results, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(List.of(election.id()), user.callAs(CLERK, () -> elections.elections(congress.id())).stream()
                .map(e -> e.id()).toList());
        return m.id();
    }

    private void shellCommands(long closedMeeting) throws Exception {
        // a Mật meeting that week: the clerk (Mật) lists it, a reader without clearance does not
        MeetingService meetings = Services.await(context, MeetingService.class, 60);
        Instant secretStart = LocalDate.of(2026, 4, 7).atTime(14, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        user.callAs(CLERK, () -> meetings.schedule(new NewMeeting(provinceId, MeetingType.WORKING_SESSION,
                "Làm việc về công tác nhân sự", null, null, secretStart, secretStart.plusSeconds(3600), List.of(),
                Clearance.MAT)));
        user.callAs("admin", () -> accounts.create(new AccountChange("xem.shell", "Đỗ Xem Thường", PASSWORD,
                Set.of(Roles.VIEWER), Clearance.UNCLASSIFIED, provinceId, true)));
        Shell.Result list = Shell.run(sessions, CLERK, PASSWORD, "meetings:list --from 2026-04-06");
        assertFalse(list.error(), list.failed());
        assertTrue(list.output(), list.output().contains("Hội nghị Ban Chấp hành lần thứ 5"));
        assertTrue(list.output(), list.output().contains("Làm việc về công tác nhân sự") && list.output().contains("Mật"));
        Shell.Result uncleared = Shell.run(sessions, "xem.shell", PASSWORD, "meetings:list --from 2026-04-06");
        assertFalse(uncleared.error(), uncleared.failed());
        assertTrue(uncleared.output(), uncleared.output().contains("Hội nghị Ban Chấp hành lần thứ 5"));
        assertFalse(uncleared.output(), uncleared.output().contains("nhân sự"));
        Shell.Result quorum = Shell.run(sessions, CLERK, PASSWORD, "meetings:quorum " + closedMeeting);
        assertTrue(quorum.output(), quorum.output().contains("4/6"));
        Shell.Result count = Shell.run(sessions, CLERK, PASSWORD, "meetings:count " + electionId);
        assertTrue(count.output(), count.output().contains("Nguyễn Văn An") && count.output().contains("TRÚNG CỬ"));
        assertFalse(count.output(), count.output().contains("official count recorded"));
        Shell.Result official = Shell.run(sessions, CLERK, PASSWORD, "meetings:count --official " + electionId);
        assertFalse(official.error(), official.failed());
        assertTrue(official.output(), official.output().contains("official count recorded") && official.output().contains("digest "));
        Shell.Result clash = Shell.run(sessions, CLERK, PASSWORD, "meetings:schedule --unit " + provinceId + " --room " + roomId
                + " --start 2026-04-06T09:00 --end 2026-04-06T10:00 \"Trùng phòng họp\"");
        assertTrue(clash.failed());
        assertTrue(clash.error(), clash.error().startsWith("Error: roomId: the room is booked for meeting " + closedMeeting));
        Shell.Result badTime = Shell.run(sessions, CLERK, PASSWORD, "meetings:schedule --unit " + provinceId + " --start sáng-mai --end x \"Họp\"");
        assertTrue(badTime.error(), badTime.error() != null && badTime.error().startsWith("Error: --start: "));
        Shell.Result denied = Shell.run(sessions, "uy.vien.1", PASSWORD, "meetings:count " + electionId);
        assertTrue("the ACL keeps a member out of the counting board", denied.failed());
    }

    private void documentsInstalledAtRuntime(long closedMeeting) throws Exception {
        MeetingService meetings = Services.await(context, MeetingService.class, 60);
        features.installFeature("partyoffice-documents", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        DocumentService documents = Services.await(context, DocumentService.class, 60);
        long id = -1;
        for (int i = 0; i < 100 && id < 0; i++) {
            try {
                id = user.callAs(CLERK, () -> meetings.draftConclusions(closedMeeting, "KL"));
            } catch (ConflictException notYet) {
                Thread.sleep(100);
            }
        }
        long documentId = id;
        Document draft = user.callAs(CLERK, () -> documents.get(documentId));
        assertEquals(DocumentStatus.DRAFT, draft.status());
        assertEquals("KL", draft.type());
        assertTrue(draft.title(), draft.title().contains("Hội nghị Ban Chấp hành lần thứ 5"));
        assertEquals(1, user.callAs(CLERK, () -> documents.versions(documentId)).size());
        assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("documents")));
    }

    private void uninstallAndReinstallKeepTheMeetings(long closedMeeting) throws Exception {
        features.uninstallFeature("partyoffice-meetings");
        Services.awaitGone(context, MeetingService.class, 60);
        features.installFeature("partyoffice-meetings", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        MeetingService meetings = Services.await(context, MeetingService.class, 60);
        assertEquals("Hội nghị Ban Chấp hành lần thứ 5", meetings.find(closedMeeting).orElseThrow().title());
        assertTrue(meetings.minutes(closedMeeting).orElseThrow().approved());
    }
}
