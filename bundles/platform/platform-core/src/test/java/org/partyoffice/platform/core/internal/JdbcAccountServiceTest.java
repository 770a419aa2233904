package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

class JdbcAccountServiceTest {

    private static final String PASSWORD = "Văn thư 2025!";

    private TestDatabase db;
    private JdbcAccountService accounts;
    private Unit office;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        accounts = db.accounts;
        db.insertAdmin();
        office = db.asAdmin(() -> db.organisation.create(new NewUnit("000.01.00.H37", "Văn phòng Tỉnh ủy Lào Cai",
                UnitType.DEPARTMENT, null, LocalDate.of(2020, 1, 1))));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Account createClerk() {
        return db.asAdmin(() -> accounts.create(new AccountChange("van.thu", " Lê Thị Văn Thư ", PASSWORD,
                Set.of("office-staff", "secretary"), Clearance.MAT, office.id(), null)));
    }

    private Account update(String login, AccountChange change) {
        return db.asAdmin(() -> accounts.update(login, change));
    }

    private static AccountChange change() {
        return new AccountChange(null, null, null, null, null, null, null);
    }

    @Test
    void createsAnEnabledAccount() {
        Account a = createClerk();

        assertEquals("van.thu", a.login());
        assertEquals("Lê Thị Văn Thư", a.fullName());
        assertEquals(Set.of("office-staff", "secretary"), a.roles());
        assertEquals(Clearance.MAT, a.clearance());
        assertEquals(office.id(), a.unitId());
        assertTrue(a.enabled());
        assertNotNull(a.created());
        assertEquals(a, accounts.find("van.thu").orElseThrow());
        assertEquals(List.of("admin", "van.thu"), accounts.list().stream().map(Account::login).toList());
    }

    @Test
    void createDefaultsClearanceAndCanStartDisabled() {
        Account a = db.asAdmin(() -> accounts.create(new AccountChange("xem", "Đỗ Quan Sát", PASSWORD,
                Set.of("viewer"), null, null, false)));

        assertEquals(Clearance.UNCLASSIFIED, a.clearance());
        assertNull(a.unitId());
        assertFalse(a.enabled());
    }

    @Test
    void createIsAuditedWithoutThePasswordAndPostsAnEvent() {
        createClerk();

        List<AuditEntry> entries = db.audit.query(new AuditQuery("admin", "platform", "account.create", "van.thu", null, null, 0));
        assertEquals(1, entries.size());
        assertFalse(entries.get(0).detail().contains(PASSWORD));
        assertTrue(entries.get(0).detail().contains("clearance=MAT"), entries.get(0).detail());
        assertEquals(1, db.events.topic(PlatformEvents.ACCOUNT_CHANGED).size());
        assertEquals("van.thu", db.events.topic(PlatformEvents.ACCOUNT_CHANGED).get(0).properties().get(PlatformEvents.LOGIN));
    }

    @Test
    void storesOnlyASaltedPbkdf2Hash() {
        createClerk();

        String stored = new AccountRepository(db.tx).find("van.thu").orElseThrow().passwordHash();
        assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
        assertNotEquals(PASSWORD, stored);
        assertFalse(stored.contains(PASSWORD));
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals(Integer.toString(PasswordHasher.ITERATIONS), parts[1]);
        assertEquals(0, db.count("SELECT COUNT(*) FROM PLATFORM.ACCOUNTS WHERE PASSWORD_HASH LIKE ?", "%" + PASSWORD + "%"));
    }

    @Test
    void passwordHasherSaltsAndVerifies() {
        char[] password = PASSWORD.toCharArray();
        String one = PasswordHasher.hash(password);
        String two = PasswordHasher.hash(password);

        assertNotEquals(one, two);
        assertTrue(PasswordHasher.matches(password, one));
        assertTrue(PasswordHasher.matches(password, two));
        assertFalse(PasswordHasher.matches("Văn thư 2025?".toCharArray(), one));
        assertFalse(PasswordHasher.matches(password, null));
        assertFalse(PasswordHasher.matches(password, "md5$abc"));
        assertFalse(PasswordHasher.matches(password, PASSWORD));

        String generated = PasswordHasher.generate(16);
        assertEquals(16, generated.length());
        assertTrue(generated.chars().noneMatch(ch -> "0O1lI".indexOf(ch) >= 0), generated);
    }

    @Test
    void authenticatesWithTheRightPasswordOnly() {
        createClerk();

        assertEquals("van.thu", accounts.authenticate("van.thu", PASSWORD.toCharArray()).orElseThrow().login());
        assertTrue(accounts.authenticate("van.thu", "Văn thư 2026!".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("van.thu", new char[0]).isEmpty());
        assertTrue(accounts.authenticate("khong.co", PASSWORD.toCharArray()).isEmpty());
        assertTrue(accounts.authenticate(null, PASSWORD.toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("admin", TestDatabase.ADMIN_PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void disabledAccountCannotAuthenticateUntilEnabledAgain() {
        createClerk();

        Account disabled = update("van.thu", new AccountChange(null, null, null, null, null, null, false));

        assertFalse(disabled.enabled());
        assertTrue(accounts.authenticate("van.thu", PASSWORD.toCharArray()).isEmpty());
        assertTrue(update("van.thu", new AccountChange(null, null, null, null, null, null, true)).enabled());
        assertTrue(accounts.authenticate("van.thu", PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        Account before = createClerk();

        Account after = update("van.thu", new AccountChange(null, "Lê Thị Thư", null, Set.of("archivist"),
                Clearance.TOI_MAT, null, null));

        assertEquals(before.id(), after.id());
        assertEquals("Lê Thị Thư", after.fullName());
        assertEquals(Set.of("archivist"), after.roles());
        assertEquals(Clearance.TOI_MAT, after.clearance());
        assertEquals(office.id(), after.unitId());
        assertTrue(after.enabled());
        assertEquals(before.created(), after.created());
        // the password was not touched
        assertTrue(accounts.authenticate("van.thu", PASSWORD.toCharArray()).isPresent());

        assertEquals(after, update("van.thu", change()));
        List<AuditEntry> updates = db.audit.query(new AuditQuery(null, null, "account.update", "van.thu", null, null, 0));
        assertEquals(2, updates.size());
    }

    @Test
    void updateChangesThePassword() {
        createClerk();
        String newPassword = "Mật khẩu mới 2026";

        update("van.thu", new AccountChange(null, null, newPassword, null, null, null, null));

        assertTrue(accounts.authenticate("van.thu", PASSWORD.toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("van.thu", newPassword.toCharArray()).isPresent());
        AuditEntry entry = db.audit.query(new AuditQuery(null, null, "account.update", "van.thu", null, null, 1)).get(0);
        assertTrue(entry.detail().endsWith("password changed"), entry.detail());
        assertFalse(entry.detail().contains(newPassword));
    }

    @Test
    void passwordMustHaveTenCharacters() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", "123456789", Set.of("viewer"), null, null, null))));
        assertEquals("password", e.field());
        assertFalse(e.getMessage().contains("123456789"), "the rejected password is not echoed");
        assertEquals("password", assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", null, Set.of("viewer"), null, null, null)))).field());
        assertTrue(accounts.find("van.thu").isEmpty());

        // exactly ten is enough
        assertTrue(db.asAdmin(() -> accounts.create(new AccountChange("van.thu", "Lê Thị Văn Thư", "1234567890",
                Set.of("viewer"), null, null, null))).enabled());
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> update("van.thu", new AccountChange(null, null, "ngắn", null, null, null, null))).field());
    }

    @Test
    void rolesMustBeKnownAndPresent() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", PASSWORD, Set.of("office-staff", "chủ tịch"), null, null, null))));
        assertEquals("roles", unknown.field());
        assertEquals("roles", assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", PASSWORD, Set.of(), null, null, null)))).field());
        assertEquals("roles", assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", PASSWORD, null, null, null, null)))).field());
        createClerk();
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> update("van.thu", new AccountChange(null, null, null, Set.of(), null, null, null))).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> update("van.thu", new AccountChange(null, null, null, Set.of("root"), null, null, null))).field());
    }

    @Test
    void loginAndNameAreValidated() {
        for (String login : new String[] {null, "", "a", "Van.Thu", "văn.thư", ".van", "van thu", "x".repeat(65)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                    new AccountChange(login, "Lê Thị Văn Thư", PASSWORD, Set.of("viewer"), null, null, null))), "login " + login);
            assertEquals("login", e.field());
        }
        assertEquals("fullName", assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "  ", PASSWORD, Set.of("viewer"), null, null, null)))).field());
        assertEquals("login", assertThrows(InvalidInputException.class,
                () -> db.asAdmin(() -> accounts.create(null))).field());
        assertEquals(1, accounts.list().size());
    }

    @Test
    void duplicateLoginIsAConflict() {
        createClerk();

        ConflictException e = assertThrows(ConflictException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Người khác", "mật khẩu khác 123", Set.of("viewer"), null, null, null))));
        assertEquals("login", e.field());
        assertEquals("Lê Thị Văn Thư", accounts.find("van.thu").orElseThrow().fullName());
        assertTrue(accounts.authenticate("van.thu", PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void unitMustExist() {
        assertEquals("unitId", assertThrows(EntityNotFoundException.class, () -> db.asAdmin(() -> accounts.create(
                new AccountChange("van.thu", "Lê Thị Văn Thư", PASSWORD, Set.of("viewer"), null, 999L, null)))).field());
        createClerk();
        assertEquals("unitId", assertThrows(EntityNotFoundException.class,
                () -> update("van.thu", new AccountChange(null, null, null, null, null, 999L, null))).field());
    }

    @Test
    void updatingAnUnknownAccountIsNotFound() {
        EntityNotFoundException e = assertThrows(EntityNotFoundException.class, () -> update("khong.co", change()));
        assertEquals("login", e.field());
    }

    @Test
    void administratorCannotDisableThemself() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> update("admin", new AccountChange(null, null, null, null, null, null, false)));
        assertEquals("enabled", e.field());
        assertTrue(accounts.find("admin").orElseThrow().enabled());
    }

    @Test
    void onlyAdministratorsChangeAccounts() {
        createClerk();
        AccountChange newViewer = new AccountChange("xem", "Đỗ Quan Sát", PASSWORD, Set.of("viewer"), null, null, null);

        assertThrows(AccessDeniedException.class, () -> accounts.create(newViewer));
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu", () -> accounts.create(newViewer)));
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu",
                () -> accounts.update("van.thu", new AccountChange(null, null, null, Set.of("admin"), null, null, null))));
        assertEquals(Set.of("office-staff", "secretary"), accounts.find("van.thu").orElseThrow().roles());

        db.insertAccount("it.admin", "Trần Minh Quản", Set.of("it-admin"), Clearance.MAT, true);
        assertEquals("xem", db.as("it.admin", () -> accounts.create(newViewer)).login());
    }
}
