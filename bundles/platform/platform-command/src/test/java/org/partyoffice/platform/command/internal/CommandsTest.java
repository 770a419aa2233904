package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.ansi.SimpleAnsi;
import org.apache.karaf.shell.support.table.ShellTable;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobState;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

class CommandsTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static List<String> print(ShellTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The cells of a printed row: left-aligned text keeps its own leading spaces (the tree's indentation). */
    private static List<String> cells(String line) {
        String[] parts = line.split("│", -1);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = i > 0 && parts[i].startsWith(" ") ? parts[i].substring(1) : parts[i];
            cells.add(p.stripTrailing());
        }
        return cells;
    }

    @Test
    void unitsTableIsIndentedAndKeepsDiacritics() {
        LocalDate start = LocalDate.of(2025, 7, 1);
        List<Unit> units = List.of(
                new Unit(1, "000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null, LocalDate.of(1930, 2, 3), null, null),
                new Unit(3, "000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, 2L, start, null, null),
                new Unit(2, "000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, 1L, start, null, null),
                new Unit(4, "000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, 2L, start, LocalDate.of(2026, 1, 1), 9L));
        List<String> lines = print(UnitsCommand.table(units));
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertEquals(List.of("Id", "Code", "Name", "Type", "Valid from", "Valid to", "Successor"),
                cells(lines.get(0)).stream().map(String::strip).toList());
        assertEquals(List.of(" 1", "000.00.00.TW", "Ban Chấp hành Trung ương", "CENTRAL", "1930-02-03", "", ""),
                cells(lines.get(2)));
        assertEquals(List.of(" 2", "000.00.00.H37", "  Tỉnh ủy Lào Cai", "PROVINCE", "2025-07-01", "", ""),
                cells(lines.get(3)));
        assertEquals(List.of(" 3", "000.01.00.H37", "    Văn phòng Tỉnh ủy", "DEPARTMENT", "2025-07-01", "", ""),
                cells(lines.get(4)));
        assertEquals(List.of(" 4", "000.10.01.H37", "    Đảng ủy xã Bát Xát", "COMMUNE", "2025-07-01", "2026-01-01",
                "        9"), cells(lines.get(5)));
    }

    @Test
    void accountsTable() {
        Account a = new Account(5, "xem", "Đỗ Quan Sát", Set.of("viewer"), Clearance.TOI_MAT, 7L, false, Instant.EPOCH);
        List<String> lines = print(AccountsCommand.table(List.of(a), id -> "unit-" + id));
        assertEquals(List.of("xem", "Đỗ Quan Sát", "viewer", "TOI_MAT (Tối mật)", "unit-7", "no"), cells(lines.get(2)));
    }

    @Test
    void jobsTableAndDetails() {
        JobInfo job = new JobInfo("ab12cd34", "documents", "Nhập văn bản", "van.thu", JobState.RUNNING, 3, 12, "đang chạy",
                Instant.parse("2025-07-01T01:00:00Z"), null, List.of("dòng 4: thiếu số ký hiệu"));
        List<String> lines = print(JobsCommand.table(List.of(job), VN));
        assertEquals(List.of("ab12cd34", "documents", "Nhập văn bản", "van.thu", "RUNNING", "3/12 (25%)",
                "2025-07-01 08:00:00", "", "đang chạy"), cells(lines.get(2)).stream().map(String::strip).toList());
        List<String> details = JobsCommand.details(job, VN);
        assertTrue(details.contains("Progress: 3/12 (25%)"), details.toString());
        assertEquals("  dòng 4: thiếu số ký hiệu", details.get(details.size() - 1));
        assertTrue(details.contains("Report:   1 line(s)"), details.toString());
    }

    @Test
    void onlyOwnersAndAdministratorsSeeAJob() {
        JobInfo job = new JobInfo("j1", "platform", "t", "van.thu", JobState.QUEUED, 0, 0, "", null, null, List.of());
        assertTrue(JobsCommand.visible(job, user("van.thu")));
        assertTrue(JobsCommand.visible(job, user("root", "it-admin")));
        assertFalse(JobsCommand.visible(job, user("xem", "viewer")));
    }

    @Test
    void auditVerificationLines() {
        assertEquals("Chuỗi nhật ký hợp lệ / Audit chain valid: 42 entries",
                AuditVerifyCommand.valid(new AuditVerification(true, 42, -1, null)));
        assertEquals("Chuỗi nhật ký bị phá vỡ / Audit chain BROKEN at entry 7: hash mismatch (9 entries checked)",
                AuditVerifyCommand.broken(new AuditVerification(false, 9, 7, "hash mismatch")));
    }

    @Test
    void backupFolderDefaultsUnderKarafHome() {
        assertEquals(Path.of("/opt/karaf/backups"), BackupCommand.parent(null, "/opt/karaf"));
        assertEquals(Path.of("/srv/bk"), BackupCommand.parent(" /srv/bk ", "/opt/karaf"));
        assertTrue(BackupCommand.parent("", null).isAbsolute());
    }

    @Test
    void aDomainErrorBecomesAOneLineCommandException() {
        ConflictException conflict = new ConflictException("code", "a unit with code 'X' already exists");
        OfficeAction failing = new OfficeAction() {
            @Override
            protected void run() {
                throw conflict;
            }
        };
        CommandException e = assertThrows(CommandException.class, failing::execute);
        assertEquals("Error: code: a unit with code 'X' already exists", e.getMessage());
        // The console prints a CommandException without a stack trace and logs it at debug only.
        assertEquals("CommandException", e.getClass().getSimpleName());
        // What the console prints: exactly that line (in red), not "Error executing command: ...".
        assertEquals(SimpleAnsi.COLOR_RED + "Error: code: a unit with code 'X' already exists" + SimpleAnsi.COLOR_DEFAULT,
                e.getNiceHelp());
        assertSame(conflict, e.getCause());
    }

    @Test
    void otherErrorsAreLeftToTheConsole() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");
        OfficeAction failing = new OfficeAction() {
            @Override
            protected void run() {
                throw bug;
            }
        };
        assertSame(bug, assertThrows(IllegalStateException.class, failing::execute));
        OfficeAction fine = new OfficeAction() {
            @Override
            protected void run() {
            }
        };
        assertNull(fine.execute());
    }

    private static CurrentUser user(String login, String... roles) {
        Account account = new Account(1, login, login, Set.of(roles), Clearance.UNCLASSIFIED, null, true, Instant.EPOCH);
        return new CurrentUser() {
            @Override
            public Optional<Account> account() {
                return Optional.of(account);
            }

            @Override
            public String login() {
                return login;
            }

            @Override
            public Clearance clearance() {
                return account.clearance();
            }

            @Override
            public boolean hasRole(String role) {
                return account.hasRole(role);
            }

            @Override
            public void requireAnyRole(String... any) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void requireClearance(Clearance classification) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T callAs(String other, Callable<T> work) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
