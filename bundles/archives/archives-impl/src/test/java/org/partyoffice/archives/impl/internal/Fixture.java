package org.partyoffice.archives.impl.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partyoffice.archives.api.NewFile;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.ExecutorJobService;
import org.partyoffice.platform.testkit.PlatformFixture;

/**
 * The platform test kit with the archives module on top, and a small office: a province with its
 * Văn phòng and two communes; an archivist cleared Tối mật, the office's secretary (who approves
 * destruction), a viewer with no clearance, and a commune's archivist.
 */
final class Fixture extends PlatformFixture {

    static final String ARCHIVIST = "luu.tru";
    static final String SECRETARY = "chanh.van.phong";
    static final String VIEWER = "xem";
    static final String COMMUNE_ARCHIVIST = "luu.tru.xa";

    final Unit province;
    final Unit office;
    final Unit commune;
    final Unit otherCommune;
    final List<String> topics = new CopyOnWriteArrayList<>();
    final ArchiveEventPublisher publisher = new ArchiveEventPublisher() {
        @Override
        public void post(String topic, Map<String, ?> properties) {
            topics.add(topic);
        }
    };
    final ArchiveAccess access;
    final ArchiveFiles archiveFiles;
    final ArchiveIndex index;
    final JdbcArchiveService archive;
    final BagPackages bags;
    final JdbcDispositionService disposition;
    final JdbcFixityService fixity;
    final JdbcIntakeService intake;
    final ExecutorJobService jobs;
    final JdbcDigitisationService digitisation;
    final JdbcAccessRequests requests;

    Fixture(Path temp) {
        super(temp, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        Unit central = unit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null);
        province = unit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central);
        office = unit("000.01.00.H37", "Văn phòng Tỉnh ủy", UnitType.DEPARTMENT, province);
        commune = unit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province);
        otherCommune = unit("000.10.02.H37", "Đảng ủy xã Y Tý", UnitType.COMMUNE, province);
        account(ARCHIVIST, "Trần Thị Lưu Trữ", Roles.ARCHIVIST, Clearance.TOI_MAT, office);
        account(SECRETARY, "Phạm Chánh Văn Phòng", Roles.SECRETARY, Clearance.TUYET_MAT, office);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, office);
        account(COMMUNE_ARCHIVIST, "Lò Văn Xã", Roles.ARCHIVIST, Clearance.TOI_MAT, commune);
        ArchivesSchema schema = new ArchivesSchema(migrations);
        access = new ArchiveAccess(user, organisation, audit);
        archiveFiles = new ArchiveFiles(files);
        index = new ArchiveIndex(tx, access, archiveFiles, schema);
        archive = new JdbcArchiveService(tx, access, archiveFiles, index, clock);
        bags = new BagPackages(tx, access, archiveFiles, archive, index);
        disposition = new JdbcDispositionService(tx, access, archiveFiles, archive, bags, index, publisher);
        fixity = new JdbcFixityService(tx, access, archiveFiles, publisher, schema, config(JdbcFixityService.Config.class,
                Map.of("sweepHours", 0)));
        intake = new JdbcIntakeService(tx, access, archiveFiles, archive, index, publisher,
                config(JdbcIntakeService.Config.class, Map.of("intakeMinutes", 0, "intakeRules", new String[0],
                        "zone", "Asia/Ho_Chi_Minh")));
        jobs = new ExecutorJobService(user, events, config(ExecutorJobService.Config.class, Map.of("threads", 1, "keep", 50)));
        digitisation = new JdbcDigitisationService(tx, access, archiveFiles, index, archive, jobs, publisher);
        requests = new JdbcAccessRequests(tx, access, archive, publisher,
                config(JdbcAccessRequests.Config.class, Map.of("reminderMinutes", 0)));
    }

    static NewFile text(String name, String content) {
        return new NewFile(name, "text/plain", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
