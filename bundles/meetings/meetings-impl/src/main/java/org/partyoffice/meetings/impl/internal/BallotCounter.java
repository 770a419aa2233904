package org.partyoffice.meetings.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.InvalidBallot;

/**
 * Counts an election's ballots under its rules, with no state of its own: the same ballots give
 * the same result, so a recount is a second call.
 *
 * <ul>
 * <li>A ballot lists the candidates struck out. It is invalid when it strikes a name that is not on
 * the list, when it keeps more names than there are seats, or (if so configured) when it strikes
 * out every name.</li>
 * <li>Each valid ballot gives one vote to every candidate it keeps. A candidate is above the
 * threshold when their votes meet the rule (default: more than half) of the base: the valid
 * ballots, or all delegates.</li>
 * <li>Seats go to candidates above the threshold, most votes first. When candidates with equal
 * votes straddle the last seat, none of them is elected and the count says another round is
 * needed for the remaining seats: a tie is never decided by order.</li>
 * </ul>
 */
final class BallotCounter {

    private BallotCounter() {
    }

    /** Why ballot {@code struckOut} is invalid, or {@code null} when it is valid. */
    static String invalidity(ElectionRules rules, Set<Long> candidateIds, Set<Long> struckOut) {
        for (long id : struckOut) {
            if (!candidateIds.contains(id)) {
                return "strikes out a name that is not on the list (candidate " + id + ")";
            }
        }
        int kept = candidateIds.size() - struckOut.size();
        if (kept > rules.seats()) {
            return "keeps " + kept + " names, more than the " + rules.seats() + " seats";
        }
        if (kept == 0 && !rules.blankBallotValid()) {
            return "strikes out every name";
        }
        return null;
    }

    static CountResult count(long electionId, ElectionRules rules, List<Candidate> candidates, int delegates,
                             SortedMap<Integer, Set<Long>> ballots) {
        Set<Long> ids = new HashSet<>();
        for (Candidate c : candidates) {
            ids.add(c.id());
        }
        // Every valid ballot votes for everyone it does not strike out: count the strikes, not the keeps.
        Map<Long, Integer> struckOnValid = new HashMap<>();
        List<InvalidBallot> invalid = new ArrayList<>();
        int valid = 0;
        for (var ballot : ballots.entrySet()) {
            String why = invalidity(rules, ids, ballot.getValue());
            if (why != null) {
                invalid.add(new InvalidBallot(ballot.getKey(), why));
                continue;
            }
            valid++;
            for (long id : ballot.getValue()) {
                struckOnValid.merge(id, 1, Integer::sum);
            }
        }
        Map<Long, Integer> votes = new HashMap<>();
        for (long id : ids) {
            votes.put(id, valid - struckOnValid.getOrDefault(id, 0));
        }
        long base = rules.base() == BallotBase.VALID_BALLOTS ? valid : delegates;

        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Candidate c) -> -votes.getOrDefault(c.id(), 0)).thenComparingLong(Candidate::id));
        Set<Long> elected = new HashSet<>();
        Set<Long> tied = new HashSet<>();
        int i = 0;
        while (i < ordered.size() && elected.size() < rules.seats()) {
            int v = votes.getOrDefault(ordered.get(i).id(), 0);
            if (!rules.electedRule().met(v, base) || base == 0) {
                break;
            }
            int j = i;
            while (j < ordered.size() && votes.getOrDefault(ordered.get(j).id(), 0) == v) {
                j++;
            }
            List<Candidate> group = ordered.subList(i, j);
            if (elected.size() + group.size() <= rules.seats()) {
                group.forEach(c -> elected.add(c.id()));
            } else {
                group.forEach(c -> tied.add(c.id()));
                break;
            }
            i = j;
        }

        List<CandidateResult> results = new ArrayList<>();
        for (Candidate c : ordered) {
            int v = votes.getOrDefault(c.id(), 0);
            results.add(new CandidateResult(c.id(), c.fullName(), v, percent(v, base),
                    base > 0 && rules.electedRule().met(v, base), elected.contains(c.id()), tied.contains(c.id())));
        }
        int remaining = rules.seats() - elected.size();
        String note;
        if (remaining == 0) {
            note = "all " + rules.seats() + " seats filled";
        } else if (!tied.isEmpty()) {
            note = tied.size() + " candidates tie for the last " + remaining + " seat(s): another round is needed";
        } else {
            note = remaining + " seat(s) remain: too few candidates above the threshold; another round is needed";
        }
        return new CountResult(electionId, ballots.size(), valid, invalid, base, results, elected.size(), remaining > 0,
                note, digest(ballots));
    }

    private static BigDecimal percent(int votes, long base) {
        if (base == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }

    /** SHA-256 over the ballots in number order, each as {@code number:id,id,...;} with ids sorted. */
    static String digest(SortedMap<Integer, Set<Long>> ballots) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var b : ballots.entrySet()) {
                StringBuilder line = new StringBuilder().append(b.getKey()).append(':');
                for (long id : new TreeSet<>(b.getValue())) {
                    line.append(id).append(',');
                }
                sha.update(line.append(';').toString().getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
