package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivilegedExceptionAction;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;

class ThreadCurrentUserTest {

    private TestDatabase db;
    private ThreadCurrentUser user;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        user = db.currentUser;
        db.insertAdmin();
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        db.insertAccount("nghi.huu", "Nguyễn Văn Nghỉ Hưu", Set.of("admin"), Clearance.TUYET_MAT, false);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void nobodyBoundIsSystemWithoutRolesOrClearance() {
        assertEquals("system", user.login());
        assertTrue(user.account().isEmpty());
        assertEquals(Clearance.UNCLASSIFIED, user.clearance());
        assertFalse(user.hasRole("admin"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> user.requireAnyRole("admin", "viewer"));
        assertEquals(403, e.status());
        assertThrows(AccessDeniedException.class, () -> user.requireClearance(Clearance.MAT));
        user.requireClearance(Clearance.UNCLASSIFIED);
        user.requireClearance(null);
    }

    @Test
    void callAsBindsTheAccountAndRestoresAfterwards() throws Exception {
        String result = user.callAs("van.thu", () -> {
            assertEquals("van.thu", user.login());
            assertEquals("Lê Thị Văn Thư", user.account().orElseThrow().fullName());
            assertEquals(Clearance.MAT, user.clearance());
            assertTrue(user.hasRole("office-staff"));
            assertFalse(user.hasRole("admin"));
            user.requireAnyRole("admin", "office-staff");
            user.requireClearance(Clearance.MAT);
            assertThrows(AccessDeniedException.class, () -> user.requireAnyRole("admin"));
            assertThrows(AccessDeniedException.class, () -> user.requireClearance(Clearance.TOI_MAT));
            return "xong";
        });

        assertEquals("xong", result);
        assertEquals("system", user.login());
        assertTrue(user.account().isEmpty());
    }

    @Test
    void nestedCallAsRestoresTheOuterAccount() throws Exception {
        user.callAs("van.thu", () -> {
            user.callAs("admin", () -> {
                assertEquals("admin", user.login());
                assertEquals(Clearance.TUYET_MAT, user.clearance());
                return null;
            });
            assertEquals("van.thu", user.login());
            assertEquals(Clearance.MAT, user.clearance());
            return null;
        });
        assertEquals("system", user.login());
    }

    @Test
    void bindingIsRestoredWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> user.callAs("van.thu", () -> {
            throw new IllegalStateException("thất bại");
        }));
        assertEquals("system", user.login());
    }

    @Test
    void bindingBelongsToTheCallingThreadOnly() throws Exception {
        String seenElsewhere = user.callAs("admin",
                () -> CompletableFuture.supplyAsync(user::login).get());
        assertEquals("system", seenElsewhere);
    }

    @Test
    void disabledOrUnknownAccountCannotAct() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThrows(AccessDeniedException.class, () -> user.callAs("nghi.huu", () -> ran.getAndSet(true)));
        assertThrows(AccessDeniedException.class, () -> user.callAs("khong.co", () -> ran.getAndSet(true)));
        assertThrows(AccessDeniedException.class, () -> user.callAs(null, () -> ran.getAndSet(true)));

        assertFalse(ran.get());
        assertEquals("system", user.login());
    }

    @Test
    void shellSubjectIsTheActingUser() throws Exception {
        Subject shell = subject("van.thu");

        Clearance clearance = Subject.doAs(shell, (PrivilegedExceptionAction<Clearance>) () -> {
            assertEquals("van.thu", user.login());
            assertTrue(user.hasRole("office-staff"));
            return user.clearance();
        });
        assertEquals(Clearance.MAT, clearance);

        // a binding by callAs wins over the subject
        assertEquals("admin", Subject.doAs(shell, (PrivilegedExceptionAction<String>) () -> user.callAs("admin", user::login)));
    }

    @Test
    void shellSubjectOfADisabledAccountHasNoRoles() throws Exception {
        Subject.doAs(subject("nghi.huu"), (PrivilegedExceptionAction<Void>) () -> {
            assertEquals("nghi.huu", user.login());
            assertTrue(user.account().isEmpty());
            assertFalse(user.hasRole("admin"));
            assertThrows(AccessDeniedException.class, () -> user.requireAnyRole("admin"));
            return null;
        });
    }

    private static Subject subject(String login) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(login));
        s.getPrincipals().add(new RolePrincipal("admin"));
        return s;
    }
}
