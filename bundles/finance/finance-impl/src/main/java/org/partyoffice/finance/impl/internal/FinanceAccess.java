package org.partyoffice.finance.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * The module's one place for who may see and change which unit's finances, as in documents: a
 * reader sees the books of the committee they serve (their unit, or for a {@code DEPARTMENT} such
 * as the Văn phòng the unit above it) and of every unit under it; administrators, accounts outside
 * any unit and staff of a root committee see every unit. Changes need a role on top of that.
 */
@Component(service = FinanceAccess.class)
public final class FinanceAccess {

    /** Who keeps the books: postings, dues, assets. */
    static final String[] BOOKKEEPERS = {Roles.ACCOUNTANT, Roles.ADMIN};
    /** Who may draw up budget estimates and request spending. */
    static final String[] PLANNERS = {Roles.ACCOUNTANT, Roles.OFFICE_STAFF, Roles.ADMIN};

    private final CurrentUser user;
    private final OrganisationService organisation;
    private final Clock clock;

    @Activate
    public FinanceAccess(@Reference CurrentUser user, @Reference OrganisationService organisation,
                         @Reference FinanceSettings settings) {
        this(user, organisation, Clock.system(settings.zone));
    }

    FinanceAccess(CurrentUser user, OrganisationService organisation, Clock clock) {
        this.user = user;
        this.organisation = organisation;
        this.clock = clock;
    }

    CurrentUser user() {
        return user;
    }

    OrganisationService organisation() {
        return organisation;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The units the reader may see, {@code null} for all; throws for someone with no role. */
    Set<Long> scope() {
        user.requireAnyRole(Roles.ALL.toArray(new String[0]));
        Optional<Account> account = user.account();
        if (account.isEmpty() || account.get().unitId() == null || user.hasRole(Roles.ADMIN)) {
            return null;
        }
        Unit committee = organisation.current(account.get().unitId());
        if (committee.type() == UnitType.DEPARTMENT && committee.parentId() != null) {
            committee = organisation.current(committee.parentId());
        }
        return committee.parentId() == null ? null : subtree(committee.id(), today());
    }

    /** Throws unless the reader may see {@code unitId} (which must exist). */
    Unit read(long unitId) {
        Unit unit = organisation.get(unitId, "unitId");
        Set<Long> scope = scope();
        if (scope != null && !scope.contains(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " (" + unit.name() + ") is outside the units you serve");
        }
        return unit;
    }

    /** Throws unless the user has one of {@code roles} and may see {@code unitId}. */
    Unit write(long unitId, String... roles) {
        user.requireAnyRole(roles);
        return read(unitId);
    }

    /** {@code unitId} alone, or with every unit under it on {@code date}, limited to what the reader may see. */
    Set<Long> units(long unitId, boolean rollUp, LocalDate date) {
        read(unitId);
        if (!rollUp) {
            return Set.of(unitId);
        }
        Set<Long> units = subtree(unitId, date);
        Set<Long> scope = scope();
        if (scope != null) {
            units.retainAll(scope);
        }
        return units;
    }

    /** The unit and every unit under it on {@code date}; a unit not existing then (e.g. merged) stands alone. */
    Set<Long> subtree(long unitId, LocalDate date) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(unitId);
        try {
            organisation.subtree(unitId, date).forEach(u -> ids.add(u.id()));
        } catch (EntityNotFoundException notThen) {
            // a unit that ended before date has no subtree then: its own books only
        }
        return ids;
    }

    /** {@code (1,2,3)} for an SQL {@code IN}: the ids are numbers, so inlining them is safe. */
    static String in(Set<Long> ids) {
        return ids.isEmpty() ? "(-1)" : ids.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    }
}
