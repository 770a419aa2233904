package org.partyoffice.meetings.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Congress elections: delegates and their credentials, the candidate list (with nominations from
 * the floor), ballots entered as the set of names struck out, and a reproducible, audited count.
 * Everything needs the {@code secretary} or {@code office-staff} role (the vote-counting board).
 * A Congress classified above the reader's clearance, and its elections, answer
 * {@code EntityNotFoundException} as if they did not exist.
 */
@ProviderType
public interface ElectionService {

    /** Registers a delegate of a Congress (a meeting of type CONGRESS). */
    void addDelegate(long congressId, String fullName, String credential);

    /** Checks a delegate's credential; returns how many delegates are checked. */
    int checkCredential(long congressId, String credential);

    /** The delegates of a Congress by credential. Since 1.1. */
    List<Delegate> delegates(long congressId);

    /** The delegate list as a PDF (name, credential, checked), for signing at the entrance. Since 1.1. */
    byte[] delegatesPdf(long congressId);

    /** The elections of a Congress, in the order they were created. Since 1.1. */
    List<Election> elections(long congressId);

    Election create(long congressId, String title, ElectionRules rules);

    Optional<Election> find(long id);

    /** A candidate proposed by the outgoing committee. */
    Candidate addCandidate(long electionId, String fullName);

    /** A nomination from the floor: accepted only with support of more than the configured share of delegates. */
    Candidate nominateFromFloor(long electionId, String fullName, int supportingDelegates);

    List<Candidate> candidates(long electionId);

    /** Closes the list; it may exceed the seats by the configured surplus at most. */
    Election closeList(long electionId);

    /** Enters ballot {@code number} as the candidates struck out; returns whether it is valid and why not. */
    Optional<InvalidBallot> enterBallot(long electionId, int number, Set<Long> struckOut);

    /** The ballots as stored, voided ones included, by number. Since 1.1. */
    List<Ballot> ballots(long electionId);

    /**
     * Voids ballot {@code number} (entered by mistake, not from the ballot box): it no longer counts,
     * not even as cast, and its number cannot be entered again. The reason is required and audited.
     * Since 1.1.
     */
    Ballot voidBallot(long electionId, int number, String reason);

    /**
     * Corrects the entry of ballot {@code number} to {@code struckOut} (the clerk mistyped it); the
     * earlier entry is kept with the reason, which is required, and the change is audited. Returns
     * whether the corrected ballot is valid and why not. Since 1.1.
     */
    Optional<InvalidBallot> replaceBallot(long electionId, int number, Set<Long> struckOut, String reason);

    /**
     * The tally of the stored ballots as they stand, for the counting screen: a plain read, not
     * audited. The same ballots always give the same result and digest.
     */
    CountResult count(long electionId);

    /**
     * The official count (or recount) by the counting board: the same result as {@link #count},
     * written to the audit trail with the digest of the ballots counted, and announced as
     * {@link MeetingEvents#COUNTED}. Since 1.1.
     */
    CountResult recordCount(long electionId);

    /** The tally as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the diacritics). */
    byte[] resultsCsv(long electionId);

    /** The tally as a PDF report: the counts, each candidate's votes and result, invalid and voided ballots, the digest. Since 1.1. */
    byte[] resultsPdf(long electionId);
}
