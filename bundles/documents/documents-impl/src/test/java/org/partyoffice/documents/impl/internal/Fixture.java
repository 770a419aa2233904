package org.partyoffice.documents.impl.internal;

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
 * The platform test kit with the documents module's services on top, wired as Declarative Services
 * would, and a small office: a province with its Văn phòng and a commune, another province, a
 * clerk, a secretary, a signer, and viewers of different clearance.
 */
final class Fixture extends PlatformFixture {

    static final String CLERK = "van.thu";
    static final String SECRETARY = "thu.ky";
    static final String SIGNER = "lanh.dao";
    static final String VIEWER_MAT = "xem.mat";
    static final String VIEWER = "xem";
    static final String COMMUNE_CLERK = "van.thu.xa";

    final Unit province;
    final Unit office;
    final Unit commune;
    final Unit otherProvince;
    final DocumentsSchema schema;
    final Access access;
    final DocumentIndex index;
    final RecordingEvents posted = new RecordingEvents();
    final JdbcDocumentService documents;
    final JdbcRegisterService registers;
    final JdbcIncomingService incoming;
    final JdbcTaskService tasks;

    Fixture(Path temp) {
        super(temp, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        Unit central = unit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null);
        province = unit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central);
        office = unit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, province);
        commune = unit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province);
        otherProvince = unit("000.00.00.H38", "Tỉnh ủy Lai Châu", UnitType.PROVINCE, central);
        account(CLERK, "Lê Thị Văn Thư", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, office);
        account(SECRETARY, "Phạm Thu Ký", Roles.SECRETARY, Clearance.TOI_MAT, office);
        account(SIGNER, "Nguyễn Văn Lãnh Đạo", Roles.SIGNER, Clearance.TUYET_MAT, province);
        account(VIEWER_MAT, "Trần Xem Mật", Roles.VIEWER, Clearance.MAT, office);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, office);
        account(COMMUNE_CLERK, "Hà Văn Thư Xã", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, commune);
        account("ngoai.tinh", "Người Tỉnh Khác", Roles.OFFICE_STAFF, Clearance.TUYET_MAT, otherProvince);

        schema = new DocumentsSchema(migrations);
        access = new Access(user, organisation, audit);
        index = new DocumentIndex(tx, access, schema);
        documents = new JdbcDocumentService(tx, access, audit, numbering, files, organisation, accounts, index, posted.publisher,
                config(JdbcDocumentService.Config.class, Map.of("maxFileMegabytes", 1)), clock);
        registers = new JdbcRegisterService(tx, access, audit, organisation, schema);
        incoming = new JdbcIncomingService(tx, access, audit, numbering, organisation, accounts, posted.publisher, clock);
        tasks = new JdbcTaskService(tx, access, audit, files, organisation, documents, posted.publisher,
                config(JdbcTaskService.Config.class, Map.of("overdueCheckMinutes", 0)), clock);
    }

    /** Collects the events the module posts. */
    static final class RecordingEvents {
        final List<String> topics = new CopyOnWriteArrayList<>();
        final List<Map<String, ?>> properties = new CopyOnWriteArrayList<>();
        final DocumentEventPublisher publisher = new DocumentEventPublisher() {
            @Override
            public void post(String topic, Map<String, ?> props) {
                topics.add(topic);
                properties.add(props);
            }
        };
    }
}
