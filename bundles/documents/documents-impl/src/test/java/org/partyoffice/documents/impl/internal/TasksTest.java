package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentEvents;
import org.partyoffice.documents.api.Task;
import org.partyoffice.documents.api.TaskStatus;
import org.partyoffice.documents.api.TaskView;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;

class TasksTest extends OfficeTest {


    @Test
    void aResolutionAssignsTasksThatUnitsReportOnAndThatRollUp() {
        Document nq = drafts.promulgated("NQ", "về chuyển đổi số", Clearance.UNCLASSIFIED);
        Task t = f.as(Fixture.CLERK, () -> f.tasks.assign(nq.id(), f.commune.id(), "Số hóa 100% hồ sơ",
                LocalDate.of(2026, 3, 31)));
        assertEquals(TaskStatus.OPEN, t.status());
        Task progress = f.as(Fixture.COMMUNE_CLERK, () -> f.tasks.report(t.id(), TaskStatus.IN_PROGRESS, 40,
                "Đã số hóa 40%", Drafts.text("báo cáo tiến độ")));
        assertEquals(40, progress.percent());
        assertThrows(EntityNotFoundException.class, () -> f.as("ngoai.tinh", () -> f.tasks.report(t.id(), TaskStatus.DONE, 100,
                null, null)), "another province does not even see it");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () -> f.tasks.report(t.id(), TaskStatus.DONE, 100,
                null, null)), "a viewer does not report");
        assertEquals("percent", assertThrows(InvalidInputException.class, () -> f.as(Fixture.COMMUNE_CLERK,
                () -> f.tasks.report(t.id(), TaskStatus.DONE, 90, null, null))).field());
        assertEquals(1, f.as(Fixture.CLERK, () -> f.tasks.tasks(new TaskView(null, f.province.id(), true, false, 10))).size(),
                "the province sees its communes' tasks rolled up");
        assertEquals(0, f.as(Fixture.CLERK, () -> f.tasks.tasks(new TaskView(null, f.province.id(), false, false, 10))).size());
        assertEquals(1, f.as(Fixture.CLERK, () -> f.tasks.reports(t.id())).size());

        Document draft = drafts.draft("NQ", "chưa ban hành", Clearance.UNCLASSIFIED);
        assertEquals("status", assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.tasks.assign(draft.id(), f.commune.id(), "x", LocalDate.of(2026, 4, 1)))).field());
        assertEquals("deadline", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.tasks.assign(nq.id(), f.commune.id(), "x", LocalDate.of(2026, 1, 1)))).field());
    }

    @Test
    void anOverdueTaskRaisesItsEventOnce() {
        Document nq = drafts.promulgated("NQ", "về cải cách hành chính", Clearance.UNCLASSIFIED);
        Task t = f.as(Fixture.CLERK, () -> f.tasks.assign(nq.id(), f.commune.id(), "Báo cáo sơ kết",
                LocalDate.of(2026, 3, 5)));
        assertEquals(0, f.tasks.checkOverdue());
        f.clock.advance(Duration.ofDays(4));
        assertEquals(1, f.tasks.checkOverdue());
        assertEquals(0, f.tasks.checkOverdue(), "announced once");
        int i = f.posted.topics.indexOf(DocumentEvents.TASK_OVERDUE);
        assertTrue(i >= 0);
        assertEquals(t.id(), f.posted.properties.get(i).get(DocumentEvents.TASK_ID));
        var overdue = f.as(Fixture.CLERK, () -> f.tasks.tasks(new TaskView(null, null, false, true, 10)));
        assertEquals(1, overdue.size());
        assertTrue(overdue.get(0).overdue());
        f.as(Fixture.COMMUNE_CLERK, () -> f.tasks.report(t.id(), TaskStatus.DONE, 100, "Hoàn thành", null));
        assertFalse(f.as(Fixture.CLERK, () -> f.tasks.tasks(new TaskView(nq.id(), null, false, false, 10))).get(0).overdue());
    }
}
