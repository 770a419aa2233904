package org.partyoffice.archives.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.Transactions;

/** Dossiers held, digitised, due for disposition, and files failing the last fixity sweep. */
@Component(service = DashboardContributor.class)
public final class ArchivesDashboard implements DashboardContributor {

    private final Transactions tx;
    private final ArchiveAccess access;
    private final Clock clock;

    @Activate
    public ArchivesDashboard(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference JdbcArchiveService archive) {
        this.tx = tx;
        this.access = access;
        this.clock = archive.clock();
    }

    @Override
    public String module() {
        return ArchivesSchema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        ArchiveScope scope;
        try {
            scope = access.scope();
        } catch (OfficeException e) {
            return List.of();
        }
        boolean en = "en".equals(language);
        String visible = " FROM ARCHIVES.DOSSIERS D WHERE D.STATUS <> 'DESTROYED' AND " + scope.condition("D");
        return tx.required(c -> {
            List<DashboardFigure> figures = new ArrayList<>();
            long held = Db.count(c, "SELECT COUNT(*)" + visible);
            long digitised = Db.count(c, "SELECT COUNT(*)" + visible + " AND D.FILE_COUNT > 0");
            figures.add(new DashboardFigure("archives.dossiers", en ? "Dossiers held" : "Hồ sơ lưu trữ", held, "archives"));
            figures.add(new DashboardFigure("archives.digitised", en ? "Dossiers digitised (%)" : "Hồ sơ đã số hóa (%)",
                    held == 0 ? 0 : digitised * 100 / held, "archives"));
            figures.add(new DashboardFigure("archives.onHold", en ? "Dossiers on legal hold" : "Hồ sơ đang phong tỏa",
                    Db.count(c, "SELECT COUNT(*)" + visible + " AND D.LEGAL_HOLD = 1"), "archives"));
            figures.add(new DashboardFigure("archives.overdueLoans", en ? "Reading-room loans overdue"
                    : "Hồ sơ mượn quá hạn", Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.ACCESS_REQUESTS R JOIN ARCHIVES.DOSSIERS D "
                    + "ON D.ID = R.DOSSIER_ID WHERE R.STATUS = 'APPROVED' AND R.UNTIL_DATE < ? AND " + scope.condition("D"),
                    LocalDate.now(clock)), "archives"));
            long failures = Db.count(c, "SELECT COALESCE(MAX(FAILURES), 0) FROM ARCHIVES.FIXITY_RUNS WHERE ID = "
                    + "(SELECT MAX(ID) FROM ARCHIVES.FIXITY_RUNS)");
            figures.add(new DashboardFigure("archives.fixityFailures", en ? "Files failing the fixity check"
                    : "Tệp sai lệch khi kiểm tra toàn vẹn", failures, "archives"));
            return figures;
        });
    }
}
