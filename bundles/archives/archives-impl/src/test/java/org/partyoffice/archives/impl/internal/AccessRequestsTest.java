package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.AccessRequestService.AccessRequest;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.InvalidInputException;

/** The reading room: a loan asked for, decided by someone else, returned; overdue loans announced once. */
class AccessRequestsTest {

    @TempDir
    Path temp;
    private Fixture f;
    private Dossier dossier;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        Fonds fonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        dossier = f.as(Fixture.ARCHIVIST, () -> f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-ĐH-2025",
                "Hồ sơ Đại hội đại biểu Đảng bộ tỉnh", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "VV",
                Clearance.UNCLASSIFIED)));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aLoanIsDecidedBySomeoneElseAndReturned() {
        LocalDate today = LocalDate.now(f.clock);
        AccessRequest asked = f.as(Fixture.VIEWER, () -> f.requests.request(dossier.id(), "Nghiên cứu lịch sử Đảng bộ",
                today.plusDays(3)));
        assertEquals("REQUESTED", asked.status());
        assertEquals("HS-ĐH-2025", asked.dossierCode());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.requests.approve(asked.id(), null)));
        var noReason = assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.ARCHIVIST, () -> f.requests.refuse(asked.id(), " ")));
        assertEquals("note", noReason.field());
        AccessRequest approved = f.as(Fixture.ARCHIVIST, () -> f.requests.approve(asked.id(), "Đọc tại phòng"));
        assertEquals(Fixture.ARCHIVIST, approved.decidedBy());
        var again = assertThrows(ConflictException.class, () -> f.as(Fixture.ARCHIVIST, () -> f.requests.approve(asked.id(), null)));
        assertEquals("status", again.field());
        assertEquals("RETURNED", f.as(Fixture.ARCHIVIST, () -> f.requests.returned(asked.id())).status());
        assertTrue(f.as(Fixture.VIEWER, () -> f.requests.list(true)).isEmpty());
        var late = assertThrows(InvalidInputException.class, () -> f.as(Fixture.VIEWER,
                () -> f.requests.request(dossier.id(), "Tra cứu", today.minusDays(1))));
        assertEquals("until", late.field());
    }

    @Test
    void anOverdueLoanIsListedShownAndAnnouncedOnce() {
        LocalDate today = LocalDate.now(f.clock);
        AccessRequest loan = f.as(Fixture.VIEWER, () -> f.requests.request(dossier.id(), "Viết kỷ yếu", today.plusDays(2)));
        f.as(Fixture.ARCHIVIST, () -> f.requests.approve(loan.id(), null));
        assertTrue(f.as(Fixture.ARCHIVIST, () -> f.requests.overdue()).isEmpty(), "not due yet");
        assertEquals(0, (int) f.as(Fixture.ARCHIVIST, () -> f.requests.remindOverdue()));

        f.clock.advance(Duration.ofDays(3));
        assertEquals(List.of(loan.id()), f.as(Fixture.ARCHIVIST, () -> f.requests.overdue()).stream().map(AccessRequest::id).toList());
        assertEquals(List.of(loan.id()), f.as(Fixture.VIEWER, () -> f.requests.overdue()).stream().map(AccessRequest::id).toList(),
                "the reader sees their own overdue loan");
        assertEquals(1, overdueFigure());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.requests.remindOverdue()));
        assertEquals(1, (int) f.as(Fixture.ARCHIVIST, () -> f.requests.remindOverdue()));
        assertEquals(0, (int) f.as(Fixture.ARCHIVIST, () -> f.requests.remindOverdue()), "announced once");
        assertEquals(1, f.topics.stream().filter(ArchiveEvents.LOAN_OVERDUE::equals).count());

        f.as(Fixture.ARCHIVIST, () -> f.requests.returned(loan.id()));
        assertTrue(f.as(Fixture.ARCHIVIST, () -> f.requests.overdue()).isEmpty());
        assertEquals(0, overdueFigure());
    }

    private long overdueFigure() {
        return f.as(Fixture.ARCHIVIST, () -> new ArchivesDashboard(f.tx, f.access, f.archive).figures("vi")).stream()
                .filter(x -> x.key().equals("archives.overdueLoans")).mapToLong(DashboardFigure::value).findFirst().orElseThrow();
    }
}
