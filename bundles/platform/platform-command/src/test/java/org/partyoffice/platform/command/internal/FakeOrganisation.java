package org.partyoffice.platform.command.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;

/** An organisation holding a fixed list of units; changes are not supported. */
final class FakeOrganisation implements OrganisationService {

    private final List<Unit> units;

    FakeOrganisation(Unit... units) {
        this.units = List.of(units);
    }

    @Override
    public Unit create(NewUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Unit rename(long id, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Unit> find(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst();
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public Unit get(long id, String field) {
        return find(id).orElseThrow(() -> new EntityNotFoundException("unit", id, field));
    }

    @Override
    public Unit current(long id) {
        return get(id, "id");
    }

    @Override
    public List<Unit> tree(LocalDate date) {
        return units.stream().filter(u -> u.validOn(date)).toList();
    }

    @Override
    public List<Unit> subtree(long id, LocalDate date) {
        return new ArrayList<>();
    }

    @Override
    public List<Unit> children(long id, LocalDate date) {
        return new ArrayList<>();
    }

    @Override
    public List<Unit> all() {
        return units;
    }

    @Override
    public UnitMerge merge(List<Long> sourceIds, NewUnit target) {
        throw new UnsupportedOperationException();
    }
}
