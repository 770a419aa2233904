package org.partyoffice.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation tree (central, province, commune/ward, agencies, departments, cells) with its
 * history. Units are never deleted: a merge ends the sources and records their successor, so
 * references to a merged unit still resolve and the tree can be seen as of any date.
 */
@ProviderType
public interface OrganisationService {

    /** Creates a unit; the code must be unique, the parent must exist on {@code validFrom}. */
    Unit create(NewUnit unit);

    /** Renames a unit; history of names is kept in the audit trail. */
    Unit rename(long id, String name);

    Optional<Unit> find(long id);

    Optional<Unit> findByCode(String code);

    /** The unit, or throws {@link EntityNotFoundException} naming {@code field}. */
    Unit get(long id, String field);

    /** Follows successors from {@code id} to the unit that carries it on today. */
    Unit current(long id);

    /** Every unit existing on {@code date}, parents before children. */
    List<Unit> tree(LocalDate date);

    /** The unit and all its descendants existing on {@code date}, parents first. */
    List<Unit> subtree(long id, LocalDate date);

    /** Direct children existing on {@code date}. */
    List<Unit> children(long id, LocalDate date);

    /** Every unit ever created, current or not, ordered by id. */
    List<Unit> all();

    /**
     * Merges {@code sourceIds} (two or more current units) into a new unit created from
     * {@code target}, effective on {@code target.validFrom()} (today when {@code null}).
     * Posts {@link PlatformEvents#UNIT_MERGED}.
     */
    UnitMerge merge(List<Long> sourceIds, NewUnit target);
}
