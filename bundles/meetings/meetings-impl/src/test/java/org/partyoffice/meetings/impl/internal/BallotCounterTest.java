package org.partyoffice.meetings.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.Rule;

/** Hand-worked elections: each expectation below was counted on paper first. */
class BallotCounterTest {

    // Five candidates for three seats (the list exceeds the seats by 66%: the service refuses that
    // at closing; the counter counts whatever list it is given).
    private static final List<Candidate> FIVE = List.of(new Candidate(1, 9, "Nguyễn Văn An", false, 0),
            new Candidate(2, 9, "Trần Thị Bình", false, 0), new Candidate(3, 9, "Lê Văn Cường", false, 0),
            new Candidate(4, 9, "Phạm Thị Dung", false, 0), new Candidate(5, 9, "Hoàng Văn Em", false, 0));

    private static SortedMap<Integer, Set<Long>> ballots(long[]... struck) {
        SortedMap<Integer, Set<Long>> b = new TreeMap<>();
        for (int i = 0; i < struck.length; i++) {
            b.put(i + 1, java.util.Arrays.stream(struck[i]).boxed().collect(Collectors.toSet()));
        }
        return b;
    }

    private static CandidateResult of(CountResult r, long id) {
        return r.candidates().stream().filter(c -> c.candidateId() == id).findFirst().orElseThrow();
    }

    @Test
    void invalidBallotsAreCountedApartWithTheirReason() {
        ElectionRules rules = new ElectionRules(3, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF, true);
        CountResult r = BallotCounter.count(9, rules, FIVE, 10, ballots(
                new long[] {4, 5},          // keeps 1,2,3: valid
                new long[] {5},             // keeps four names for three seats: invalid
                new long[] {},              // keeps all five: invalid
                new long[] {1, 2, 3, 4, 5}, // strikes out everyone: valid (blank) by default
                new long[] {4, 99}));       // strikes a name not on the list: invalid
        assertEquals(5, r.ballotsCast());
        assertEquals(2, r.valid());
        assertEquals(List.of(2, 3, 5), r.invalid().stream().map(i -> i.number()).toList());
        assertEquals("keeps 4 names, more than the 3 seats", r.invalid().get(0).reason());
        assertTrue(r.invalid().get(2).reason().contains("not on the list"));
        assertEquals(2, r.base());
        assertEquals(1, of(r, 1).votes());

        ElectionRules strict = new ElectionRules(3, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF, false);
        assertEquals("strikes out every name", BallotCounter.invalidity(strict, Set.of(1L, 2L, 3L, 4L, 5L),
                Set.of(1L, 2L, 3L, 4L, 5L)));
        assertNull(BallotCounter.invalidity(strict, Set.of(1L, 2L, 3L, 4L, 5L), Set.of(1L, 2L)));
    }

    @Test
    void moreThanHalfOfAllDelegatesIsNeededAndExactlyHalfIsNotEnough() {
        // 10 delegates called, 8 ballots cast, all valid, 2 seats, 3 candidates.
        List<Candidate> three = FIVE.subList(0, 3);
        ElectionRules rules = new ElectionRules(2, 30, 30, BallotBase.ALL_DELEGATES, Rule.MORE_THAN_HALF, true);
        // An: kept on 8 ballots; Bình: kept on 5; Cường: kept on 3. (Each ballot keeps at most 2.)
        CountResult r = BallotCounter.count(9, rules, three, 10, ballots(
                new long[] {3}, new long[] {3}, new long[] {3}, new long[] {3}, new long[] {3},
                new long[] {2}, new long[] {2}, new long[] {2}));
        assertEquals(10, r.base());
        assertEquals(8, of(r, 1).votes());
        assertEquals(5, of(r, 2).votes());
        assertEquals(3, of(r, 3).votes());
        assertTrue(of(r, 1).elected());
        assertFalse(of(r, 2).aboveThreshold(), "5 of 10 is half, not more than half");
        assertFalse(of(r, 2).elected());
        assertEquals(new BigDecimal("50.00"), of(r, 2).percent());
        assertEquals(1, r.seatsFilled());
        assertTrue(r.anotherRound());
        assertTrue(r.note().contains("1 seat(s) remain"), r.note());

        // Against valid ballots (8), Bình's 5 is more than half.
        CountResult v = BallotCounter.count(9, new ElectionRules(2, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF, true),
                three, 10, ballots(new long[] {3}, new long[] {3}, new long[] {3}, new long[] {3}, new long[] {3},
                        new long[] {2}, new long[] {2}, new long[] {2}));
        assertEquals(new BigDecimal("62.50"), of(v, 2).percent());
        assertTrue(of(v, 2).elected());
        assertFalse(v.anotherRound());
    }

    @Test
    void aTieAtTheLastSeatIsReportedNeverDecided() {
        // 2 seats, 4 candidates, 6 delegates = 6 valid ballots, each keeps two names.
        List<Candidate> four = FIVE.subList(0, 4);
        ElectionRules rules = new ElectionRules(2, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF, true);
        // Ballots (kept): 1 An+Bình, 2 An+Bình, 3 An+Cường, 4 An+Cường, 5 Bình+Cường, 6 Bình+Cường
        // → An 4, Bình 4, Cường 4, Dung 0: three-way tie for two seats, all above half (4 > 3).
        CountResult r = BallotCounter.count(9, rules, four, 6, ballots(
                new long[] {3, 4}, new long[] {3, 4}, new long[] {2, 4}, new long[] {2, 4}, new long[] {1, 4}, new long[] {1, 4}));
        assertEquals(0, r.seatsFilled());
        assertTrue(of(r, 1).tied() && of(r, 2).tied() && of(r, 3).tied());
        assertFalse(of(r, 4).tied());
        assertTrue(r.anotherRound());
        assertTrue(r.note().contains("3 candidates tie for the last 2 seat(s)"), r.note());

        // The same with three seats: all three tied candidates fit, no further round.
        CountResult three = BallotCounter.count(9, new ElectionRules(3, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF,
                true), four, 6, ballots(new long[] {3, 4}, new long[] {3, 4}, new long[] {2, 4}, new long[] {2, 4},
                new long[] {1, 4}, new long[] {1, 4}));
        assertEquals(3, three.seatsFilled());
        assertFalse(three.anotherRound());
    }

    @Test
    void aTieBelowTheLastSeatDoesNotMatter() {
        // 1 seat: An 3 of 3, Bình and Cường tie on 1 each far below.
        List<Candidate> three = FIVE.subList(0, 3);
        CountResult r = BallotCounter.count(9, new ElectionRules(1, 30, 30, BallotBase.VALID_BALLOTS, Rule.MORE_THAN_HALF, true),
                three, 3, ballots(new long[] {2, 3}, new long[] {2, 3}, new long[] {2, 3}));
        assertTrue(of(r, 1).elected());
        assertEquals(1, r.seatsFilled());
        assertFalse(r.anotherRound());
        assertFalse(of(r, 2).tied());
    }

    @Test
    void aRecountOfTheSameBallotsGivesTheSameResultAndDigest() {
        List<Candidate> hundred = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            hundred.add(new Candidate(i, 9, "Ứng viên " + i, false, 0));
        }
        Random random = new Random(2025);
        SortedMap<Integer, Set<Long>> b = new TreeMap<>();
        for (int n = 1; n <= 1000; n++) {
            Set<Long> struck = new java.util.HashSet<>();
            while (struck.size() < 25 + random.nextInt(5)) {
                struck.add(1L + random.nextInt(100));
            }
            b.put(n, struck);
        }
        ElectionRules rules = ElectionRules.standard(75);
        CountResult first = BallotCounter.count(9, rules, hundred, 1000, b);
        CountResult again = BallotCounter.count(9, rules, hundred, 1000, new TreeMap<>(b));
        assertEquals(first, again);
        assertEquals(64, first.digest().length());
        int total = first.candidates().stream().mapToInt(CandidateResult::votes).sum();
        int expected = 0;
        for (Set<Long> s : b.values()) {
            if (100 - s.size() <= 75) {
                expected += 100 - s.size();
            }
        }
        assertEquals(expected, total, "every valid ballot's kept names are counted once");
    }
}
