package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: creates the administrator when there is none (never a well-known password), and,
 * when the demo switch is on, a demo office on an empty organisation tree.
 */
@Component(immediate = true, configurationPid = "org.partyoffice.platform.firststart")
@Designate(ocd = FirstStart.Config.class)
public final class FirstStart {

    @ObjectClassDefinition(name = "Party Office first start")
    public @interface Config {
        @AttributeDefinition(description = "Load a demo office (province, departments, communes, one user per role) "
                + "when the organisation tree is empty")
        boolean demo() default false;

        @AttributeDefinition(description = "Password of the demo users; empty means the administrator's")
        String demoPassword() default "";

        @AttributeDefinition(description = "File holding the initial administrator password; empty means "
                + "${karaf.data}/partyoffice/admin.password. Generated there when missing.")
        String adminPasswordFile() default "";
    }

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    @Activate
    public FirstStart(@Reference Transactions tx, @Reference AccountService accounts, @Reference OrganisationService organisation,
                      @Reference CurrentUser user, @Reference AuditTrail audit, Config config) throws Exception {
        AccountRepository repository = new AccountRepository(tx);
        String adminPassword = null;
        if (!repository.anyWithRole(Roles.ADMIN) && repository.find(ADMIN).isEmpty()) {
            Path file = config.adminPasswordFile().isBlank()
                    ? DataFolders.root(null).resolve("admin.password") : Path.of(config.adminPasswordFile());
            adminPassword = initialPassword(file);
            repository.insert(ADMIN, "Quản trị hệ thống", PasswordHasher.hash(adminPassword.toCharArray()),
                    Set.of(Roles.ADMIN), Clearance.TUYET_MAT, null, true);
            LOG.warn("Created the administrator account '{}'. Its initial password is in {}: sign in, change it, "
                    + "and delete that file.", ADMIN, file.toAbsolutePath());
            final String login = ADMIN;
            user.callAs(login, () -> audit.append("platform", "account.create", login, "initial administrator"));
        }
        if (config.demo() && organisation.all().isEmpty()) {
            String password = !config.demoPassword().isBlank() ? config.demoPassword() : adminPassword;
            if (password == null) {
                LOG.warn("Demo data skipped: set demoPassword, the administrator already existed");
            } else {
                String demoPassword = password;
                user.callAs(ADMIN, () -> {
                    DemoOffice.load(organisation, accounts, demoPassword);
                    return null;
                });
                LOG.info("Loaded the demo office");
            }
        }
    }

    /** Reads the password placed in {@code file} (by ./run or an installer), or generates one there. */
    private static String initialPassword(Path file) {
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.length() >= JdbcAccountService.MIN_PASSWORD) {
                    return text;
                }
                LOG.warn("{} holds a password shorter than {} characters; generating one instead", file,
                        JdbcAccountService.MIN_PASSWORD);
            }
            String generated = PasswordHasher.generate(16);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions protect it
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the initial administrator password " + file, e);
        }
    }

    /** The demo office: a province, its office departments, communes and wards, one user per role. */
    static final class DemoOffice {
        private DemoOffice() {
        }

        static void load(OrganisationService org, AccountService accounts, String password) {
            LocalDate start = LocalDate.of(2025, 7, 1);
            Unit central = org.create(new NewUnit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null,
                    LocalDate.of(1930, 2, 3)));
            Unit province = org.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central.id(), start));
            Unit office = org.create(new NewUnit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, province.id(), start));
            org.create(new NewUnit("000.02.00.H37", "Ban Tổ chức Tỉnh ủy", UnitType.DEPARTMENT, province.id(), start));
            org.create(new NewUnit("000.03.00.H37", "Ban Tuyên giáo và Dân vận Tỉnh ủy", UnitType.DEPARTMENT, province.id(), start));
            org.create(new NewUnit("000.04.00.H37", "Ủy ban Kiểm tra Tỉnh ủy", UnitType.DEPARTMENT, province.id(), start));
            Unit commune = org.create(new NewUnit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province.id(), start));
            org.create(new NewUnit("000.10.02.H37", "Đảng ủy phường Cam Đường", UnitType.WARD, province.id(), start));
            org.create(new NewUnit("000.10.03.H37", "Đảng ủy phường Sa Pa", UnitType.WARD, province.id(), start));
            org.create(new NewUnit("000.10.04.H37", "Đảng ủy xã Mường Khương", UnitType.COMMUNE, province.id(), start));
            org.create(new NewUnit("000.10.01.01.H37", "Chi bộ thôn Tòng Sành", UnitType.CELL, commune.id(), start));
            user(accounts, "it.admin", "Trần Minh Quản", Roles.IT_ADMIN, Clearance.MAT, office, password);
            user(accounts, "van.thu", "Lê Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.MAT, office, password);
            user(accounts, "thu.ky", "Phạm Thu Ký", Roles.SECRETARY, Clearance.TOI_MAT, office, password);
            user(accounts, "lanh.dao", "Nguyễn Văn Lãnh Đạo", Roles.SIGNER, Clearance.TUYET_MAT, province, password);
            user(accounts, "luu.tru", "Hoàng Thị Lưu Trữ", Roles.ARCHIVIST, Clearance.TOI_MAT, office, password);
            user(accounts, "ke.toan", "Vũ Đức Kế Toán", Roles.ACCOUNTANT, Clearance.UNCLASSIFIED, office, password);
            user(accounts, "xem", "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, commune, password);
        }

        private static void user(AccountService accounts, String login, String name, String role, Clearance clearance,
                                 Unit unit, String password) {
            accounts.create(new AccountChange(login, name, password, Set.of(role), clearance, unit.id(), true));
        }
    }
}
