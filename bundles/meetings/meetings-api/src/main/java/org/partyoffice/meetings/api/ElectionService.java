package org.partyoffice.meetings.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Congress elections: delegates and their credentials, the candidate list (with nominations from
 * the floor), ballots entered as the set of names struck out, and a reproducible, audited count.
 * Everything needs the {@code secretary} or {@code office-staff} role (the vote-counting board).
 */
@ProviderType
public interface ElectionService {

    /** Registers a delegate of a Congress (a meeting of type CONGRESS). */
    void addDelegate(long congressId, String fullName, String credential);

    /** Checks a delegate's credential; returns how many delegates are checked. */
    int checkCredential(long congressId, String credential);

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

    /** Counts the stored ballots (a recount gives the same result); audited. */
    CountResult count(long electionId);

    /** The count as CSV (UTF-8). */
    byte[] resultsCsv(long electionId);
}
