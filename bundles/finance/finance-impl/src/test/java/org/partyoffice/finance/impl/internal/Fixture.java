package org.partyoffice.finance.impl.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.testkit.PlatformFixture;

/**
 * The platform test kit with the finance module's services on top, wired as Declarative Services
 * would, and a small Party organisation: a province with its Văn phòng, a commune with a cell
 * under it, another province; the province's accountant (in the Văn phòng), the commune's
 * accountant, a clerk, the signing leader and a viewer.
 */
final class Fixture extends PlatformFixture {

    static final String ACCOUNTANT = "ke.toan";
    static final String COMMUNE_ACCOUNTANT = "ke.toan.xa";
    static final String CLERK = "van.thu";
    static final String SIGNER = "lanh.dao";
    static final String VIEWER = "xem";
    static final String OTHER_ACCOUNTANT = "ke.toan.lai.chau";

    final Unit central;
    final Unit province;
    final Unit office;
    final Unit commune;
    final Unit cell;
    final Unit otherProvince;
    final RecordingEvents posted = new RecordingEvents();
    final FinanceSettings settings;
    final FinanceAccess access;
    final Books books;
    final JdbcLedgerService ledger;
    final JdbcBudgetService budgets;
    final JdbcDuesService dues;
    final JdbcAssetService assets;
    final JdbcFinanceReports reports;
    final UnitMergeListener merges;

    Fixture(Path temp) {
        this(temp, Map.of());
    }

    /** With {@code settings} overriding the configuration's defaults. */
    Fixture(Path temp, Map<String, Object> settingsValues) {
        super(temp, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        central = unit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null);
        province = unit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central);
        office = unit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, province);
        commune = unit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province);
        cell = unit("000.10.01.01.H37", "Chi bộ thôn Tả Phời", UnitType.CELL, commune);
        otherProvince = unit("000.00.00.H38", "Tỉnh ủy Lai Châu", UnitType.PROVINCE, central);
        account(ACCOUNTANT, "Nguyễn Thị Kế Toán", Roles.ACCOUNTANT, Clearance.MAT, office);
        account(COMMUNE_ACCOUNTANT, "Lò Văn Kế Toán Xã", Roles.ACCOUNTANT, Clearance.UNCLASSIFIED, commune);
        account(CLERK, "Lê Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, office);
        account(SIGNER, "Nguyễn Văn Lãnh Đạo", Roles.SIGNER, Clearance.TUYET_MAT, province);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, office);
        account(OTHER_ACCOUNTANT, "Kế Toán Lai Châu", Roles.ACCOUNTANT, Clearance.UNCLASSIFIED, otherProvince);

        new FinanceSchema(migrations);
        settings = new FinanceSettings(config(FinanceSettings.Config.class, settingsValues));
        access = new FinanceAccess(user, organisation, clock);
        books = new Books(audit, posted.publisher, clock);
        ledger = new JdbcLedgerService(tx, access, audit, books, posted.publisher, clock);
        budgets = new JdbcBudgetService(tx, access, audit, books, settings, posted.publisher, clock);
        dues = new JdbcDuesService(tx, access, audit, books, settings, posted.publisher, clock);
        assets = new JdbcAssetService(tx, access, audit, posted.publisher, clock);
        reports = new JdbcFinanceReports(ledger, budgets, dues, assets, organisation, access);
        merges = new UnitMergeListener(tx, audit, clock);
    }

    /** Collects the events the module posts. */
    static final class RecordingEvents {
        final List<String> topics = new CopyOnWriteArrayList<>();
        final List<Map<String, ?>> properties = new CopyOnWriteArrayList<>();
        final FinanceEventPublisher publisher = new FinanceEventPublisher() {
            @Override
            public void post(String topic, Map<String, ?> props) {
                topics.add(topic);
                properties.add(props);
            }
        };
    }
}
