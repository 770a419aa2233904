package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.SequenceKey;

class JdbcNumberingServiceTest {

    private static final SequenceKey RESOLUTIONS = SequenceKey.perTerm("outgoing:TU", "NQ", "2025-2030");

    private TestDatabase db;
    private JdbcNumberingService numbering;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        numbering = db.numbering;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void firstDrawIsOneAndDrawsAreConsecutive() {
        assertEquals(0, numbering.current(RESOLUTIONS));
        assertEquals(1, numbering.next(RESOLUTIONS));
        assertEquals(2, numbering.next(RESOLUTIONS));
        assertEquals(3, numbering.next(RESOLUTIONS));
        assertEquals(3, numbering.current(RESOLUTIONS));
    }

    @Test
    void keysAreIndependent() {
        SequenceKey decisions = SequenceKey.perTerm("outgoing:TU", "QĐ", "2025-2030");
        SequenceKey nextTerm = SequenceKey.perTerm("outgoing:TU", "NQ", "2030-2035");
        SequenceKey letters2025 = SequenceKey.perYear("outgoing:UBND", "CV", 2025);
        SequenceKey letters2026 = SequenceKey.perYear("outgoing:UBND", "CV", 2026);

        numbering.next(RESOLUTIONS);
        numbering.next(RESOLUTIONS);
        assertEquals(1, numbering.next(decisions));
        assertEquals(1, numbering.next(nextTerm));
        assertEquals(1, numbering.next(letters2025));
        assertEquals(2, numbering.next(letters2025));
        assertEquals(1, numbering.next(letters2026));
        assertEquals(3, numbering.next(RESOLUTIONS));

        assertEquals("2026", letters2026.period());
        assertEquals(2, numbering.current(letters2025));
        assertEquals(5, db.count("SELECT COUNT(*) FROM PLATFORM.SEQUENCES"));
    }

    @Test
    void drawsInOneTransactionAreConsecutive() {
        List<Long> drawn = db.tx.required(c -> List.of(numbering.next(RESOLUTIONS), numbering.next(RESOLUTIONS)));

        assertEquals(List.of(1L, 2L), drawn);
        assertEquals(2, numbering.current(RESOLUTIONS));
    }

    @Test
    void rolledBackFirstDrawDoesNotConsumeTheNumber() {
        assertThrows(IllegalStateException.class, () -> db.tx.required(c -> {
            assertEquals(1, numbering.next(RESOLUTIONS));
            throw new IllegalStateException("the document could not be saved");
        }));

        assertEquals(0, numbering.current(RESOLUTIONS));
        assertEquals(1, numbering.next(RESOLUTIONS));
    }

    @Test
    void rolledBackLaterDrawDoesNotConsumeTheNumber() {
        numbering.next(RESOLUTIONS);
        numbering.next(RESOLUTIONS);

        assertThrows(IllegalStateException.class, () -> db.tx.required(c -> {
            assertEquals(3, numbering.next(RESOLUTIONS));
            assertEquals(4, numbering.next(RESOLUTIONS));
            throw new IllegalStateException("the document could not be saved");
        }));

        assertEquals(2, numbering.current(RESOLUTIONS));
        assertEquals(3, numbering.next(RESOLUTIONS));
    }

    @Test
    void concurrentDrawsAreGapFreeAndDistinct() throws Exception {
        int threads = 20;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(numbering.next(RESOLUTIONS));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                List<Long> mine = f.get();
                // each caller sees its own numbers increase
                for (int i = 1; i < mine.size(); i++) {
                    assertTrue(mine.get(i) > mine.get(i - 1));
                }
                all.addAll(mine);
            }

            assertEquals(LongStream.rangeClosed(1, 500).boxed().toList(), all.stream().sorted().toList());
            assertEquals(500, numbering.current(RESOLUTIONS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sequenceKeyRejectsBlankFieldsNamingThem() {
        assertEquals("register", assertThrows(InvalidInputException.class,
                () -> SequenceKey.perTerm(null, "NQ", "2025-2030")).field());
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> SequenceKey.perTerm("outgoing:TU", " ", "2025-2030")).field());
        assertEquals("period", assertThrows(InvalidInputException.class,
                () -> SequenceKey.perTerm("outgoing:TU", "NQ", "")).field());
        assertEquals("register", assertThrows(InvalidInputException.class,
                () -> SequenceKey.perYear("\t", "CV", 2026)).field());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new SequenceKey("outgoing:TU", "x".repeat(101), "2026"));
        assertEquals("type", tooLong.field());
        assertEquals(422, tooLong.status());
    }
}
