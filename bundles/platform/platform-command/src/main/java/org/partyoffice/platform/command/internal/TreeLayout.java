package org.partyoffice.platform.command.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partyoffice.platform.api.Unit;

/** Lays units out as a tree: each after its parent, indented by its depth. */
final class TreeLayout {

    /** A unit and how deep it sits under the roots of the list (0 for a root). */
    record Node(Unit unit, int depth) {
    }

    private static final String INDENT = "  ";

    private TreeLayout() {
    }

    /**
     * Orders {@code units} depth first: a unit whose parent is not in the list is a root; children
     * follow their parent in the order they have in {@code units}. Every unit appears exactly once,
     * even if the parent links were to form a cycle.
     */
    static List<Node> layout(List<Unit> units) {
        Map<Long, Unit> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            byId.putIfAbsent(u.id(), u);
        }
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : byId.values()) {
            if (u.parentId() != null && byId.containsKey(u.parentId()) && u.parentId() != u.id()) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<Node> result = new ArrayList<>(byId.size());
        Set<Long> seen = new HashSet<>();
        for (Unit root : roots) {
            visit(root, 0, children, seen, result);
        }
        // Units caught in a cycle have no root above them: list them at the top level.
        for (Unit u : byId.values()) {
            if (!seen.contains(u.id())) {
                visit(u, 0, children, seen, result);
            }
        }
        return result;
    }

    private static void visit(Unit unit, int depth, Map<Long, List<Unit>> children, Set<Long> seen, List<Node> out) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new Node(unit, depth));
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            visit(child, depth + 1, children, seen, out);
        }
    }

    /** {@code text} indented two spaces per level. */
    static String indent(String text, int depth) {
        return INDENT.repeat(Math.max(0, depth)) + (text == null ? "" : text);
    }
}
