package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Clearance;

class OfficeLoginModuleTest {

    private static final String CLERK_PASSWORD = "mật khẩu thử 123";

    private TestDatabase db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        db.insertAdmin();
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        db.insertAccount("nghi.huu", "Nguyễn Văn Nghỉ Hưu", Set.of("admin"), Clearance.TUYET_MAT, false);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void clerkGetsTheirRolesPlusConsoleAccess() throws Exception {
        Subject subject = new Subject();
        OfficeLoginModule module = module(subject, "van.thu", CLERK_PASSWORD);

        assertTrue(module.login());
        assertTrue(module.commit());

        assertEquals(Set.of("van.thu"), names(subject, UserPrincipal.class));
        assertEquals(Set.of("office-staff", "ssh", "viewer"), names(subject, RolePrincipal.class));

        module.logout();
        assertTrue(subject.getPrincipals().isEmpty());
    }

    @Test
    void administratorGetsKarafAdministration() throws Exception {
        Subject subject = new Subject();
        OfficeLoginModule module = module(subject, "admin", TestDatabase.ADMIN_PASSWORD);

        module.login();
        module.commit();

        assertEquals(Set.of("admin", "manager", "systembundles", "ssh", "viewer"), names(subject, RolePrincipal.class));
        assertEquals(Set.of("it-admin", "admin", "manager", "systembundles", "ssh", "viewer"),
                OfficeLoginModule.karafRoles(Set.of("it-admin")));
    }

    @Test
    void wrongPasswordDisabledOrUnknownAccountsFail() throws Exception {
        Subject subject = new Subject();
        assertThrows(FailedLoginException.class, () -> module(subject, "van.thu", "sai mật khẩu 1").login());
        assertThrows(FailedLoginException.class, () -> module(subject, "nghi.huu", CLERK_PASSWORD).login());
        assertThrows(FailedLoginException.class, () -> module(subject, "khong.co", CLERK_PASSWORD).login());
        assertThrows(FailedLoginException.class, () -> module(subject, null, CLERK_PASSWORD).login());
        assertThrows(FailedLoginException.class, () -> module(subject, "van.thu", null).login());

        OfficeLoginModule aborted = module(subject, "van.thu", CLERK_PASSWORD);
        aborted.login();
        aborted.abort();
        aborted.commit();
        assertTrue(subject.getPrincipals().isEmpty());
    }

    private OfficeLoginModule module(Subject subject, String login, String password) {
        CallbackHandler handler = (Callback[] callbacks) -> {
            for (Callback cb : callbacks) {
                if (cb instanceof NameCallback name) {
                    name.setName(login);
                } else if (cb instanceof PasswordCallback secret) {
                    secret.setPassword(password == null ? null : password.toCharArray());
                }
            }
        };
        OfficeLoginModule module = new OfficeLoginModule();
        module.initialize(subject, handler, Map.of(),
                Map.of(OfficeLoginModule.ACCOUNTS_OPTION, new AccountRepository(db.tx)));
        return module;
    }

    private static Set<String> names(Subject subject, Class<? extends Principal> type) {
        return subject.getPrincipals(type).stream().map(Principal::getName).collect(Collectors.toSet());
    }
}
