package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

class JdbcAuditTrailTest {

    private TestDatabase db;
    private JdbcAuditTrail audit;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        audit = db.audit;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void entriesFormAChainFromGenesis() {
        AuditEntry first = audit.append("documents", "document.register", "CV-12", "Công văn số 12-CV/TU");
        AuditEntry second = audit.append("documents", "document.sign", "CV-12", null);

        assertEquals(1, first.seq());
        assertEquals(JdbcAuditTrail.GENESIS, first.previousHash());
        assertEquals(JdbcAuditTrail.hash(1, first.at().toEpochMilli(), "system", "documents", "document.register",
                "CV-12", "Công văn số 12-CV/TU", JdbcAuditTrail.GENESIS), first.hash());
        assertEquals(2, second.seq());
        assertEquals(first.hash(), second.previousHash());
        assertNull(second.detail());
        // what is stored is what was returned
        assertEquals(List.of(second, first), audit.query(AuditQuery.latest(10)));
    }

    @Test
    void actorIsTheBoundUserOrSystem() {
        db.insertAdmin();
        AuditEntry bySystem = audit.append("platform", "startup", null, null);
        AuditEntry byAdmin = db.asAdmin(() -> audit.append("platform", "unit.create", "7", "Tỉnh ủy Lào Cai"));

        assertEquals("system", bySystem.actor());
        assertEquals("admin", byAdmin.actor());
    }

    @Test
    void manyEntriesVerify() {
        appendMany(60);

        AuditVerification v = audit.verify();

        assertTrue(v.valid(), v.problem());
        assertEquals(60, v.checked());
        assertEquals(-1, v.firstBadSeq());
        assertNull(v.problem());
    }

    @Test
    void emptyTrailVerifies() {
        AuditVerification v = audit.verify();
        assertTrue(v.valid());
        assertEquals(0, v.checked());
    }

    @Test
    void changedDetailIsReportedAtThatEntry() {
        appendMany(20);

        assertEquals(1, db.update("UPDATE PLATFORM.AUDIT_LOG SET DETAIL = ? WHERE SEQ = 7", "Đảng ủy xã Bát Xát (sửa)"));

        AuditVerification v = audit.verify();
        assertFalse(v.valid());
        assertEquals(7, v.firstBadSeq());
        assertTrue(v.problem().contains("changed"), v.problem());
    }

    @Test
    void changedActorOrTimeIsNoticedToo() {
        appendMany(5);
        db.update("UPDATE PLATFORM.AUDIT_LOG SET AT_MILLIS = AT_MILLIS + 1 WHERE SEQ = 3");
        assertEquals(3, audit.verify().firstBadSeq());

        db.update("UPDATE PLATFORM.AUDIT_LOG SET AT_MILLIS = AT_MILLIS - 1 WHERE SEQ = 3");
        assertTrue(audit.verify().valid());

        db.update("UPDATE PLATFORM.AUDIT_LOG SET ACTOR = 'admin' WHERE SEQ = 2");
        assertEquals(2, audit.verify().firstBadSeq());
    }

    @Test
    void rehashedEntryBreaksTheLinkOfItsSuccessor() {
        List<AuditEntry> entries = appendMany(10);
        AuditEntry e = entries.get(4);
        String forged = JdbcAuditTrail.hash(e.seq(), e.at().toEpochMilli(), e.actor(), e.module(), e.action(),
                e.objectId(), "giả mạo", e.previousHash());
        db.update("UPDATE PLATFORM.AUDIT_LOG SET DETAIL = 'giả mạo', HASH = ? WHERE SEQ = ?", forged, e.seq());

        AuditVerification v = audit.verify();

        assertFalse(v.valid());
        assertEquals(e.seq() + 1, v.firstBadSeq());
        assertTrue(v.problem().contains("does not link"), v.problem());
    }

    @Test
    void removedMiddleEntryIsReported() {
        appendMany(20);

        assertEquals(1, db.update("DELETE FROM PLATFORM.AUDIT_LOG WHERE SEQ = 11"));

        AuditVerification v = audit.verify();
        assertFalse(v.valid());
        assertEquals(11, v.firstBadSeq());
        assertTrue(v.problem().contains("missing"), v.problem());
    }

    @Test
    void removedNewestEntryIsReportedThroughTheHead() {
        appendMany(20);

        assertEquals(1, db.update("DELETE FROM PLATFORM.AUDIT_LOG WHERE SEQ = 20"));

        AuditVerification v = audit.verify();
        assertFalse(v.valid());
        assertEquals(20, v.firstBadSeq());
        assertEquals(19, v.checked());
        assertTrue(v.problem().contains("removed"), v.problem());
    }

    @Test
    void appendsInARolledBackTransactionLeaveNoTrace() {
        appendMany(3);

        assertThrows(IllegalStateException.class, () -> db.tx.required(c -> {
            audit.append("documents", "document.register", "CV-13", "Công văn số 13-CV/TU");
            audit.append("documents", "document.sign", "CV-13", null);
            throw new IllegalStateException("the document could not be saved");
        }));

        assertEquals(3, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_LOG"));
        assertTrue(audit.verify().valid());
        // the rolled-back sequence numbers are reused: no gap
        assertEquals(4, audit.append("documents", "document.register", "CV-14", null).seq());
        assertTrue(audit.verify().valid());
    }

    @Test
    void appendsInACommittedTransactionJoinIt() {
        List<AuditEntry> inside = db.tx.required(c -> {
            List<AuditEntry> list = new ArrayList<>();
            list.add(audit.append("numbering", "draw", "outgoing:TU/NQ/2025-2030", "1"));
            list.add(audit.append("numbering", "draw", "outgoing:TU/NQ/2025-2030", "2"));
            return list;
        });

        assertEquals(List.of(1L, 2L), inside.stream().map(AuditEntry::seq).toList());
        assertEquals(inside.get(0).hash(), inside.get(1).previousHash());
        assertTrue(audit.verify().valid());
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<AuditEntry>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(audit.append("load", "append", "t" + thread, "lần " + i));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<AuditEntry> all = new ArrayList<>();
            for (Future<List<AuditEntry>> f : futures) {
                all.addAll(f.get());
            }

            assertEquals(LongStream.rangeClosed(1, 400).boxed().toList(),
                    all.stream().map(AuditEntry::seq).sorted().toList());
            all.sort(Comparator.comparingLong(AuditEntry::seq));
            for (int i = 1; i < all.size(); i++) {
                assertEquals(all.get(i - 1).hash(), all.get(i).previousHash(), "link at " + all.get(i).seq());
            }
        } finally {
            pool.shutdownNow();
        }

        AuditVerification v = audit.verify();
        assertTrue(v.valid(), v.problem());
        assertEquals(400, v.checked());
        assertEquals(400, db.count("SELECT LAST_SEQ FROM PLATFORM.AUDIT_HEAD"));
        assertEquals(400, db.count("SELECT MAX(SEQ) FROM PLATFORM.AUDIT_LOG"));
        assertEquals(400, db.count("SELECT COUNT(DISTINCT SEQ) FROM PLATFORM.AUDIT_LOG"));
    }

    @Test
    void queryFiltersNewestFirst() {
        db.insertAdmin();
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        audit.append("platform", "startup", null, null);
        db.asAdmin(() -> audit.append("platform", "unit.create", "1", "Tỉnh ủy Lào Cai"));
        db.asAdmin(() -> audit.append("platform", "unit.create", "2", "Đảng ủy xã Bát Xát"));
        db.as("van.thu", () -> audit.append("documents", "document.register", "CV-12", "Công văn số 12-CV/TU"));
        db.as("van.thu", () -> audit.append("documents", "document.register", "CV-13", null));

        assertEquals(List.of(3L, 2L, 1L), seqs(new AuditQuery(null, "platform", null, null, null, null, 0)));
        assertEquals(List.of(5L, 4L), seqs(new AuditQuery("van.thu", null, null, null, null, null, 0)));
        assertEquals(List.of(3L, 2L), seqs(new AuditQuery("admin", "platform", "unit.create", null, null, null, 0)));
        assertEquals(List.of(4L), seqs(new AuditQuery(null, "documents", null, "CV-12", null, null, 0)));
        assertEquals(List.of(), seqs(new AuditQuery("admin", "documents", null, null, null, null, 0)));
        assertEquals(List.of(5L, 4L), seqs(AuditQuery.latest(2)));
        // blank filters mean "any"
        assertEquals(5, seqs(new AuditQuery(" ", "", null, null, null, null, 100)).size());
    }

    @Test
    void queryFiltersByTime() {
        appendMany(3);
        db.update("UPDATE PLATFORM.AUDIT_LOG SET AT_MILLIS = SEQ * 1000");
        // the times were rewritten, so only query (not verify) is meaningful here

        assertEquals(List.of(3L, 2L), seqs(new AuditQuery(null, null, null, null, Instant.ofEpochMilli(2000), null, 0)));
        assertEquals(List.of(1L), seqs(new AuditQuery(null, null, null, null, null, Instant.ofEpochMilli(2000), 0)));
        assertEquals(List.of(2L), seqs(new AuditQuery(null, null, null, null,
                Instant.ofEpochMilli(2000), Instant.ofEpochMilli(3000), 0)));
    }

    @Test
    void rejectsMissingModuleOrAction() {
        InvalidInputException module = assertThrows(InvalidInputException.class,
                () -> audit.append(" ", "create", null, null));
        assertEquals("module", module.field());
        InvalidInputException action = assertThrows(InvalidInputException.class,
                () -> audit.append("platform", null, null, null));
        assertEquals("action", action.field());
        assertEquals("action", assertThrows(InvalidInputException.class,
                () -> audit.append("platform", "x".repeat(65), null, null)).field());
        assertEquals(0, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_LOG"));
    }

    @Test
    void longDetailIsTruncatedAndStillVerifies() {
        String detail = "Nghị quyết ".repeat(500);

        AuditEntry e = audit.append("documents", "document.register", "o".repeat(300), detail);

        assertEquals(4000, e.detail().length());
        assertEquals(200, e.objectId().length());
        assertEquals(detail.substring(0, 4000), audit.query(AuditQuery.latest(1)).get(0).detail());
        assertTrue(audit.verify().valid());
    }

    @Test
    void hashSeparatesFieldsUnambiguously() {
        String a = JdbcAuditTrail.hash(1, 0, "ab", "c", "x", null, null, JdbcAuditTrail.GENESIS);
        String b = JdbcAuditTrail.hash(1, 0, "a", "bc", "x", null, null, JdbcAuditTrail.GENESIS);
        String nullDetail = JdbcAuditTrail.hash(1, 0, "a", "b", "x", null, null, JdbcAuditTrail.GENESIS);
        String emptyDetail = JdbcAuditTrail.hash(1, 0, "a", "b", "x", null, "", JdbcAuditTrail.GENESIS);

        assertNotEquals(a, b);
        assertNotEquals(nullDetail, emptyDetail);
        assertEquals(64, a.length());
    }

    private List<AuditEntry> appendMany(int n) {
        List<AuditEntry> result = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            result.add(audit.append(i % 2 == 0 ? "documents" : "platform", "action." + (i % 3), "obj-" + i,
                    "Tỉnh ủy Lào Cai, mục " + i));
        }
        return result;
    }

    private List<Long> seqs(AuditQuery q) {
        return audit.query(q).stream().map(AuditEntry::seq).toList();
    }
}
