package org.partyoffice.platform.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;

/**
 * The organisation tree. Parent links carry validity dates ({@code UNIT_LINKS}), so a merge that
 * moves children to the new unit leaves the old tree intact for any earlier date.
 */
@Component(service = OrganisationService.class)
public final class JdbcOrganisationService implements OrganisationService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");
    private static final String SELECT = "SELECT U.ID, U.CODE, U.NAME, U.UNIT_TYPE, "
            + "(SELECT L.PARENT_ID FROM PLATFORM.UNIT_LINKS L WHERE L.UNIT_ID = U.ID AND L.VALID_FROM <= ? "
            + "AND (L.VALID_TO IS NULL OR L.VALID_TO > ?)), U.VALID_FROM, U.VALID_TO, U.SUCCESSOR_ID "
            + "FROM PLATFORM.UNITS U";

    private final Transactions tx;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Events events;

    @Activate
    public JdbcOrganisationService(@Reference Transactions tx, @Reference AuditTrail audit,
                                   @Reference CurrentUser user, @Reference Events events) {
        this.tx = tx;
        this.audit = audit;
        this.user = user;
        this.events = events;
    }

    @Override
    public Unit create(NewUnit unit) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        validate(unit);
        LocalDate from = unit.validFrom() == null ? LocalDate.now() : unit.validFrom();
        Unit created = tx.required(c -> {
            if (findByCode(c, unit.code()).isPresent()) {
                throw new ConflictException("code", "a unit with code '" + unit.code() + "' already exists");
            }
            if (unit.parentId() != null) {
                Unit parent = find(c, unit.parentId(), from)
                        .orElseThrow(() -> new EntityNotFoundException("unit", unit.parentId(), "parentId"));
                if (!parent.validOn(from)) {
                    throw new InvalidInputException("parentId", "the parent unit must exist on " + from);
                }
            }
            long id = insert(c, unit.code().trim(), unit.name().trim(), unit.type(), from);
            if (unit.parentId() != null) {
                link(c, id, unit.parentId(), from);
            }
            audit.append("platform", "unit.create", Long.toString(id), unit.code() + " " + unit.name());
            return find(c, id, from).orElseThrow();
        });
        events.post(PlatformEvents.UNIT_CREATED, Map.of(PlatformEvents.UNIT_ID, created.id()));
        return created;
    }

    @Override
    public Unit rename(long id, String name) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        requireName(name);
        return tx.required(c -> {
            Unit before = get(c, id, "id");
            try (PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.UNITS SET NAME = ? WHERE ID = ?")) {
                ps.setString(1, name.trim());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            audit.append("platform", "unit.rename", Long.toString(id), before.name() + " -> " + name.trim());
            return get(c, id, "id");
        });
    }

    @Override
    public Optional<Unit> find(long id) {
        return tx.required(c -> find(c, id, LocalDate.now()));
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return tx.required(c -> findByCode(c, code));
    }

    @Override
    public Unit get(long id, String field) {
        return tx.required(c -> get(c, id, field));
    }

    @Override
    public Unit current(long id) {
        return tx.required(c -> {
            Unit u = get(c, id, "id");
            Set<Long> seen = new HashSet<>();
            while (u.successorId() != null && seen.add(u.id())) {
                u = get(c, u.successorId(), "id");
            }
            return u;
        });
    }

    @Override
    public List<Unit> tree(LocalDate date) {
        return tx.required(c -> parentsFirst(query(c, SELECT + " WHERE U.VALID_FROM <= ? AND (U.VALID_TO IS NULL OR U.VALID_TO > ?) "
                + "ORDER BY U.ID", date, date, date, date)));
    }

    @Override
    public List<Unit> subtree(long id, LocalDate date) {
        List<Unit> all = tree(date);
        Map<Long, List<Unit>> byParent = new HashMap<>();
        for (Unit u : all) {
            byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        Unit root = all.stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new EntityNotFoundException("unit on " + date, id, "id"));
        List<Unit> result = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Unit u = todo.poll();
            result.add(u);
            todo.addAll(byParent.getOrDefault(u.id(), List.of()));
        }
        return result;
    }

    @Override
    public List<Unit> children(long id, LocalDate date) {
        return tree(date).stream().filter(u -> u.parentId() != null && u.parentId() == id).toList();
    }

    @Override
    public List<Unit> all() {
        LocalDate today = LocalDate.now();
        return tx.required(c -> {
            List<Unit> result = new ArrayList<>();
            for (Unit u : query(c, SELECT + " ORDER BY U.ID", today, today)) {
                // An ended unit is listed under the parent it had on its last day.
                result.add(u.validTo() != null ? find(c, u.id(), today).orElse(u) : u);
            }
            return result;
        });
    }

    @Override
    public UnitMerge merge(List<Long> sourceIds, NewUnit target) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        if (sourceIds == null || new LinkedHashSet<>(sourceIds).size() < 2) {
            throw new InvalidInputException("sourceIds", "name at least two different units to merge");
        }
        validate(target);
        LocalDate effective = target.validFrom() == null ? LocalDate.now() : target.validFrom();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(sourceIds));
        UnitMerge result = tx.required(c -> {
            List<Unit> sources = new ArrayList<>();
            for (Long id : ids) {
                Unit s = find(c, id, effective).orElseThrow(() -> new EntityNotFoundException("unit", id, "sourceIds"));
                if (!s.validOn(effective) || !s.validFrom().isBefore(effective)) {
                    throw new InvalidInputException("sourceIds",
                            "unit " + s.code() + " must exist before and on the merge date " + effective);
                }
                sources.add(s);
            }
            for (Unit s : sources) {
                if (s.parentId() != null && ids.contains(s.parentId())) {
                    throw new InvalidInputException("sourceIds", "unit " + s.code()
                            + " lies under another unit being merged; merge siblings, not a unit with its parent");
                }
            }
            if (findByCode(c, target.code()).isPresent()) {
                throw new ConflictException("code", "a unit with code '" + target.code() + "' already exists");
            }
            Long parentId = target.parentId() != null ? target.parentId() : sources.get(0).parentId();
            long newId = insert(c, target.code().trim(), target.name().trim(), target.type(), effective);
            if (parentId != null) {
                link(c, newId, parentId, effective);
            }
            List<Unit> moved = new ArrayList<>();
            for (Unit s : sources) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE PLATFORM.UNITS SET VALID_TO = ?, SUCCESSOR_ID = ? WHERE ID = ?")) {
                    ps.setDate(1, Date.valueOf(effective));
                    ps.setLong(2, newId);
                    ps.setLong(3, s.id());
                    ps.executeUpdate();
                }
                closeLink(c, s.id(), effective);
                for (Unit child : query(c, SELECT + " WHERE U.ID IN (SELECT L.UNIT_ID FROM PLATFORM.UNIT_LINKS L "
                        + "WHERE L.PARENT_ID = ? AND L.VALID_FROM <= ? AND (L.VALID_TO IS NULL OR L.VALID_TO > ?)) "
                        + "AND (U.VALID_TO IS NULL OR U.VALID_TO > ?)", effective, effective, s.id(), effective, effective, effective)) {
                    moveLink(c, child.id(), newId, effective);
                    moved.add(find(c, child.id(), effective).orElseThrow());
                }
            }
            Unit merged = find(c, newId, effective).orElseThrow();
            List<Unit> ended = new ArrayList<>();
            for (Unit s : sources) {
                ended.add(find(c, s.id(), effective).orElseThrow());
            }
            audit.append("platform", "unit.merge", Long.toString(newId),
                    "merged " + sources.stream().map(Unit::code).toList() + " into " + merged.code() + " on " + effective);
            return new UnitMerge(merged, ended, moved, effective);
        });
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PlatformEvents.SOURCE_IDS, ids.stream().mapToLong(Long::longValue).toArray());
        props.put(PlatformEvents.TARGET_ID, result.merged().id());
        props.put(PlatformEvents.EFFECTIVE, effective.toString());
        events.post(PlatformEvents.UNIT_MERGED, props);
        return result;
    }

    private static void validate(NewUnit unit) {
        if (unit == null) {
            throw new InvalidInputException("unit", "must not be empty");
        }
        if (unit.code() == null || !CODE.matcher(unit.code().trim()).matches()) {
            throw new InvalidInputException("code", "must be 1 to 64 letters, digits, '.', '_' or '-'", unit.code());
        }
        requireName(unit.name());
        if (unit.type() == null) {
            throw new InvalidInputException("type", "must be one of CENTRAL, PROVINCE, COMMUNE, WARD, AGENCY, DEPARTMENT, CELL");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be empty");
        }
        if (name.trim().length() > 400) {
            throw new InvalidInputException("name", "must be at most 400 characters");
        }
    }

    private static long insert(Connection c, String code, String name, UnitType type, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.UNITS (CODE, NAME, UNIT_TYPE, VALID_FROM) "
                + "VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, type.name());
            ps.setDate(4, Date.valueOf(from));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void link(Connection c, long unitId, long parentId, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PLATFORM.UNIT_LINKS (UNIT_ID, PARENT_ID, VALID_FROM) VALUES (?,?,?)")) {
            ps.setLong(1, unitId);
            ps.setLong(2, parentId);
            ps.setDate(3, Date.valueOf(from));
            ps.executeUpdate();
        }
    }

    /**
     * Re-parents a unit from {@code on}: a link that starts that very day is re-pointed (closing it
     * would leave a zero-length link and clash with the new one's key); an older one is closed.
     */
    private static void moveLink(Connection c, long unitId, long newParent, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE PLATFORM.UNIT_LINKS SET PARENT_ID = ? WHERE UNIT_ID = ? AND VALID_FROM = ?")) {
            ps.setLong(1, newParent);
            ps.setLong(2, unitId);
            ps.setDate(3, Date.valueOf(on));
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        closeLink(c, unitId, on);
        link(c, unitId, newParent, on);
    }

    private static void closeLink(Connection c, long unitId, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.UNIT_LINKS SET VALID_TO = ? "
                + "WHERE UNIT_ID = ? AND VALID_FROM <= ? AND (VALID_TO IS NULL OR VALID_TO > ?)")) {
            ps.setDate(1, Date.valueOf(on));
            ps.setLong(2, unitId);
            ps.setDate(3, Date.valueOf(on));
            ps.setDate(4, Date.valueOf(on));
            ps.executeUpdate();
        }
    }

    private static Unit get(Connection c, long id, String field) throws SQLException {
        return find(c, id, LocalDate.now()).orElseThrow(() -> new EntityNotFoundException("unit", id, field));
    }

    /** The unit with its parent as of {@code date} (or its last parent, if it ended before). */
    private static Optional<Unit> find(Connection c, long id, LocalDate date) throws SQLException {
        List<Unit> found = query(c, SELECT + " WHERE U.ID = ?", date, date, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Unit u = found.get(0);
        if (u.parentId() == null && u.validTo() != null) {
            LocalDate lastDay = u.validTo().minusDays(1);
            List<Unit> atEnd = query(c, SELECT + " WHERE U.ID = ?", lastDay, lastDay, id);
            return Optional.of(atEnd.get(0));
        }
        return Optional.of(u);
    }

    private static Optional<Unit> findByCode(Connection c, String code) throws SQLException {
        if (code == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now();
        List<Unit> found = query(c, SELECT + " WHERE U.CODE = ?", today, today, code.trim());
        return found.isEmpty() ? Optional.empty() : find(c, found.get(0).id(), today);
    }

    private static List<Unit> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            List<Unit> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(5);
                    Long parentId = rs.wasNull() ? null : parent;
                    Date to = rs.getDate(7);
                    long successor = rs.getLong(8);
                    Long successorId = rs.wasNull() ? null : successor;
                    result.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), UnitType.valueOf(rs.getString(4)),
                            parentId, rs.getDate(6).toLocalDate(), to == null ? null : to.toLocalDate(), successorId));
                }
            }
            return result;
        }
    }

    /** Orders units so each parent comes before its children (roots first, then breadth-first). */
    private static List<Unit> parentsFirst(List<Unit> units) {
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<Unit>> byParent = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Unit> result = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Unit u = todo.poll();
            result.add(u);
            todo.addAll(byParent.getOrDefault(u.id(), List.of()));
        }
        return result;
    }
}
