package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.IncomingPage;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.OpenedFile;
import org.partyoffice.documents.api.SearchPage;
import org.partyoffice.documents.api.Task;
import org.partyoffice.documents.api.TaskPage;
import org.partyoffice.documents.api.TaskView;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.search.internal.LuceneFullTextIndex;

/** API 1.1: pages with totals of the incoming register and of tasks, files opened with their name, search status. */
class PagesAndStatusTest extends OfficeTest {


    @Test
    void theIncomingRegisterPagesNewestFirstWithATotalOfWhatTheReaderMaySee() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.register(new NewIncoming(f.commune.id(), "Tỉnh ủy Lào Cai", n + "-CV/TU",
                    null, LocalDate.of(2026, 3, 1), "Công văn số " + n + " về chuyển đổi số",
                    n == 3 ? Clearance.MAT : Clearance.UNCLASSIFIED, Urgency.NORMAL)));
        }
        IncomingPage first = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.page(f.commune.id(), 2026, 0, 2));
        assertEquals(5, first.total());
        assertEquals(List.of(5L, 4L), first.items().stream().map(IncomingDocument::arrivalNumber).toList());
        IncomingPage last = f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.page(f.commune.id(), 2026, 4, 2));
        assertEquals(5, last.total());
        assertEquals(List.of(1L), last.items().stream().map(IncomingDocument::arrivalNumber).toList());

        IncomingPage viewer = f.as(Fixture.VIEWER, () -> f.incoming.page(f.commune.id(), 2026, 0, 10));
        assertEquals(4, viewer.total(), "the Mật entry is neither listed nor counted for an unclassified reader");
        assertEquals(List.of(5L, 4L, 2L, 1L), viewer.items().stream().map(IncomingDocument::arrivalNumber).toList());
        assertEquals(0, f.as("ngoai.tinh", () -> f.incoming.page(f.commune.id(), 2026, 0, 10)).total(),
                "another province counts nothing of this commune");
        assertEquals(0, f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.page(f.commune.id(), 2025, 0, 10)).total());
        assertEquals(2, f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.list(f.commune.id(), 2026, 2)).size(), "1.0 list as before");

        assertEquals("offset", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.page(f.commune.id(), 2026, -1, 10))).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.COMMUNE_CLERK, () -> f.incoming.page(f.commune.id(), 2026, 0, 0))).field());
    }

    @Test
    void tasksPageByDeadlineWithATotalOfWhatTheReaderMaySee() {
        Document open = drafts.promulgated("NQ", "về chuyển đổi số", Clearance.UNCLASSIFIED);
        Document secret = drafts.promulgated("NQ", "về quốc phòng", Clearance.TUYET_MAT);
        for (int i = 0; i < 3; i++) {
            int n = i;
            f.as(Fixture.CLERK, () -> f.tasks.assign(open.id(), f.commune.id(), "Nhiệm vụ số " + n, LocalDate.of(2026, 4, 10 - n)));
        }
        f.as(Fixture.CLERK, () -> f.tasks.assign(secret.id(), f.commune.id(), "Nhiệm vụ Tuyệt mật", LocalDate.of(2026, 4, 1)));
        TaskView province = new TaskView(null, f.province.id(), true, false, 2);

        TaskPage clerkFirst = f.as(Fixture.CLERK, () -> f.tasks.page(province, 0));
        TaskPage clerkSecond = f.as(Fixture.CLERK, () -> f.tasks.page(province, 2));
        assertEquals(4, clerkFirst.total());
        assertEquals(4, clerkSecond.total());
        assertEquals(List.of("Nhiệm vụ Tuyệt mật", "Nhiệm vụ số 2"), clerkFirst.items().stream().map(Task::title).toList(),
                "soonest deadline first");
        assertEquals(List.of("Nhiệm vụ số 1", "Nhiệm vụ số 0"), clerkSecond.items().stream().map(Task::title).toList());

        TaskPage viewer = f.as(Fixture.VIEWER, () -> f.tasks.page(new TaskView(null, f.province.id(), true, false, 10), 0));
        assertEquals(3, viewer.total(), "the task of the Tuyệt mật resolution is neither listed nor counted");
        assertTrue(viewer.items().stream().noneMatch(t -> t.documentId() == secret.id()));
        assertEquals(1, f.as(Fixture.CLERK, () -> f.tasks.page(new TaskView(secret.id(), null, false, false, 10), 0)).total());
        assertEquals(0, f.as(Fixture.VIEWER, () -> f.tasks.page(new TaskView(secret.id(), null, false, false, 10), 0)).total());
        assertEquals(0, f.as(Fixture.CLERK, () -> f.tasks.page(new TaskView(null, null, false, true, 10), 0)).total(),
                "nothing overdue yet");
        assertEquals(2, f.as(Fixture.CLERK, () -> f.tasks.tasks(province)).size(), "1.0 tasks as before");

        assertEquals("offset", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.tasks.page(province, -1))).field());
    }

    @Test
    void aVersionOpensWithItsNameMediaTypeAndSize() throws Exception {
        Document d = drafts.draft("NQ", "về bảo vệ bí mật nhà nước", Clearance.MAT);
        byte[] content = "Dự thảo Nghị quyết — Điều 1.".getBytes(StandardCharsets.UTF_8);
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), new Attachment("Dự thảo Nghị quyết Tuyệt mật.txt",
                "text/plain; charset=UTF-8", content), "bản 2"));
        var version = f.as(Fixture.CLERK, () -> f.documents.versions(d.id())).get(1);
        try (OpenedFile file = f.as(Fixture.VIEWER_MAT, () -> f.documents.openFile(d.id(), 2))) {
            assertEquals("Dự thảo Nghị quyết Tuyệt mật.txt", file.fileName());
            assertEquals(version.mediaType(), file.mediaType());
            assertTrue(file.mediaType().startsWith("text/plain"), file.mediaType());
            assertEquals(content.length, file.size());
            assertArrayEquals(content, file.content().readAllBytes());
        }
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.VIEWER, () -> f.documents.openFile(d.id(), 2)),
                "an unclassified reader does not learn the Mật document's file exists");
        assertEquals("version", assertThrows(EntityNotFoundException.class,
                () -> f.as(Fixture.CLERK, () -> f.documents.openFile(d.id(), 9))).field());
    }

    @Test
    void searchSaysWhetherFullTextIsThereAndFallsBackToTheTables() {
        Document d = drafts.draft("NQ", "về chuyển đổi số", Clearance.UNCLASSIFIED);
        assertFalse(f.documents.searchAvailable());
        SearchPage fallback = f.as(Fixture.VIEWER, () -> f.documents.search("chuyển đổi", 0, 10));
        assertTrue(fallback.totalExact());
        assertEquals(1, fallback.total());
        assertEquals(d.id(), fallback.hits().get(0).document().id());
        assertEquals(0, f.as(Fixture.VIEWER, () -> f.documents.search("chuyen doi", 0, 10)).total(),
                "the table fallback does not fold diacritics");

        LuceneFullTextIndex lucene = new LuceneFullTextIndex(temp.resolve("index"), 50, 3600);
        try {
            f.index.bindIndex(lucene);
            assertTrue(f.documents.searchAvailable());
            f.index.reconcile();
            lucene.flush(DocumentIndex.INDEX);
            assertEquals(1, f.as(Fixture.VIEWER, () -> f.documents.search("chuyen doi", 0, 10)).total());
            f.index.unbindIndex(lucene);
            assertFalse(f.documents.searchAvailable());
        } finally {
            lucene.close();
        }
    }

    @Test
    void searchTotalsAreExactUpToTheBoundAndMoreThanItBeyondWithinClearanceAndScope() {
        JdbcDocumentService bounded = new JdbcDocumentService(f.tx, f.access, f.audit, f.numbering, f.files, f.organisation,
                f.accounts, f.index, f.posted.publisher, Fixture.config(JdbcDocumentService.Config.class,
                java.util.Map.of("searchExactTotalUpTo", 3)), f.clock);
        LuceneFullTextIndex lucene = new LuceneFullTextIndex(temp.resolve("index"), 50, 3600);
        try {
            f.index.bindIndex(lucene);
            for (int i = 0; i < 6; i++) {
                drafts.draft("CV", "về chuyển đổi số, đợt " + (i + 1), Clearance.UNCLASSIFIED);
                drafts.draft("CV", "về chuyển đổi số Tuyệt mật, đợt " + (i + 1), Clearance.TUYET_MAT);
            }
            drafts.draft("CV", "về chuyển đổi số, tổng kết", Clearance.UNCLASSIFIED);
            lucene.flush(DocumentIndex.INDEX);

            SearchPage viewer = f.as(Fixture.VIEWER, () -> bounded.search("chuyen doi so", 0, 2));
            assertFalse(viewer.totalExact());
            assertEquals(3, viewer.total(), "more than 3");
            assertEquals(2, viewer.hits().size());
            assertTrue(viewer.hits().stream().allMatch(h -> h.document().classification() == Clearance.UNCLASSIFIED));

            SearchPage all = f.as(Fixture.VIEWER, () -> bounded.search("chuyen doi so", 0, 20));
            assertTrue(all.totalExact(), "counted to the end of the page asked for");
            assertEquals(7, all.total(), "the 6 Tuyệt mật drafts are not counted for an unclassified reader");
            Set<Long> seen = new HashSet<>();
            all.hits().forEach(h -> seen.add(h.document().id()));
            assertEquals(7, seen.size());
            assertEquals(13, f.as(Fixture.CLERK, () -> bounded.search("chuyen doi so", 0, 20)).total());

            SearchPage outside = f.as("ngoai.tinh", () -> bounded.search("chuyen doi so", 0, 2));
            assertTrue(outside.totalExact());
            assertEquals(0, outside.total(), "another province's scope counts none of them");
            assertEquals(7, f.as(Fixture.VIEWER, () -> f.documents.search("chuyen doi so", 0, 2)).total(),
                    "under the default bound (1,000) the count is exact");
        } finally {
            f.index.unbindIndex(lucene);
            lucene.close();
        }
    }
}
