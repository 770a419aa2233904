package ${package}.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.testkit.PlatformFixture;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Events;

/** The register's rules on the real platform services (the platform test kit, in-memory Derby). */
class Jdbc${moduleClass}ServiceTest {

    private static final String CLERK = "van.thu";
    private static final String VIEWER = "nguoi.xem";

    @TempDir
    Path temp;

    private PlatformFixture platform;
    private Unit province;
    private final List<Event> posted = new ArrayList<>();
    private Jdbc${moduleClass}Service service;

    @BeforeEach
    void setUp() {
        platform = new PlatformFixture(temp, Instant.parse("2026-03-02T02:00:00Z"));
        province = platform.unit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, null);
        platform.account(CLERK, "Nguyễn Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.UNCLASSIFIED, province);
        platform.account(VIEWER, "Trần Văn Xem", Roles.VIEWER, Clearance.UNCLASSIFIED, province);
        EventAdmin events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        new ${moduleClass}Schema(platform.migrations);
        service = new Jdbc${moduleClass}Service(platform.tx, platform.audit, platform.user, platform.organisation, events,
                platform.clock);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    @Test
    void anEntryIsStoredAuditedAndAnnouncedWithItsVietnameseTitle() {
        ${moduleClass}Entry entry = platform.as(CLERK, () -> service.add(province.id(), "  Nghị quyết về công tác cán bộ  "));

        assertEquals("Nghị quyết về công tác cán bộ", entry.title());
        assertEquals(List.of(entry), platform.as(CLERK, () -> service.list(province.id())));
        assertEquals(entry, platform.as(VIEWER, () -> service.find(entry.id())).orElseThrow());
        assertEquals(1, platform.audit.query(new AuditQuery(CLERK, "${moduleId}", "entry.add",
                Long.toString(entry.id()), null, null, 10)).size());
        assertEquals(1, posted.size());
        assertEquals(${moduleClass}Events.ADDED, posted.get(0).getTopic());
        assertEquals(entry.id(), posted.get(0).getProperty("id"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> platform.as(CLERK, () -> service.add(province.id(), "   ")));
        assertEquals("title", empty.field());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> platform.as(CLERK, () -> service.add(province.id(), "Tuyệt mật ".repeat(60))));
        assertEquals("title", tooLong.field());
        EntityNotFoundException unit = assertThrows(EntityNotFoundException.class,
                () -> platform.as(CLERK, () -> service.add(987_654L, "Báo cáo")));
        assertEquals("unitId", unit.field());
        assertTrue(platform.as(CLERK, () -> service.list(province.id())).isEmpty());
        assertTrue(posted.isEmpty());
    }

    @Test
    void aViewerCannotRecord() {
        assertThrows(AccessDeniedException.class, () -> platform.as(VIEWER, () -> service.add(province.id(), "Thông báo")));
        assertTrue(platform.as(VIEWER, () -> service.list(province.id())).isEmpty());
    }
}
