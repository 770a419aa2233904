package org.partyoffice.documents.impl.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * Every unit ever created with its parent and successor links, held in memory so a reader's
 * scope is computed without a query. Ended units hang under the parent they last had, so a
 * committee's scope keeps the units that were merged away under it, and a merged unit's
 * successor carries on its records.
 */
final class UnitGraph {

    private final Map<Long, Unit> units = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, List<Long>> predecessors = new HashMap<>();

    UnitGraph(Collection<Unit> all) {
        for (Unit u : all) {
            units.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
            if (u.successorId() != null) {
                predecessors.computeIfAbsent(u.successorId(), k -> new ArrayList<>()).add(u.id());
            }
        }
    }

    boolean knows(long id) {
        return units.containsKey(id);
    }

    /** The committee a unit's staff serve: a department works for the unit above it. */
    Unit committeeOf(long unitId) {
        Unit u = current(unitId);
        while (u.type() == UnitType.DEPARTMENT && u.parentId() != null && units.containsKey(u.parentId())) {
            u = units.get(u.parentId());
        }
        return u;
    }

    /** Follows successors to the unit that carries {@code id} on. */
    Unit current(long id) {
        Unit u = units.get(id);
        Set<Long> seen = new HashSet<>();
        while (u != null && u.successorId() != null && seen.add(u.id()) && units.containsKey(u.successorId())) {
            u = units.get(u.successorId());
        }
        return u;
    }

    /** The unit, everything ever under it, and every unit merged into any of those. */
    Set<Long> scope(long root) {
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
                todo.addAll(predecessors.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    /** The unit, the units above it, and after a merge the unit it became and those above (who may see its documents). */
    Set<Long> seers(long unitId) {
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            Unit u = units.get(id);
            if (u != null && result.add(id)) {
                if (u.parentId() != null) {
                    todo.push(u.parentId());
                }
                if (u.successorId() != null) {
                    todo.push(u.successorId());
                }
            }
        }
        return result;
    }
}
