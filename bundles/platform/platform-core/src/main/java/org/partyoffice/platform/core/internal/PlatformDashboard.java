package org.partyoffice.platform.core.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.JobState;
import org.partyoffice.platform.api.Transactions;

/** The platform's own dashboard figures: organisation, accounts, audit activity, jobs. */
@Component(service = DashboardContributor.class)
public final class PlatformDashboard implements DashboardContributor {

    private final Transactions tx;
    private final JobService jobs;

    @Activate
    public PlatformDashboard(@Reference Transactions tx, @Reference JobService jobs) {
        this.tx = tx;
        this.jobs = jobs;
    }

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        boolean en = "en".equals(language);
        LocalDate today = LocalDate.now();
        long monthStart = today.withDayOfMonth(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        long units = count("SELECT COUNT(*) FROM PLATFORM.UNITS WHERE VALID_TO IS NULL", null);
        long accounts = count("SELECT COUNT(*) FROM PLATFORM.ACCOUNTS WHERE ENABLED = TRUE", null);
        long audit = count("SELECT COUNT(*) FROM PLATFORM.AUDIT_LOG WHERE AT_MILLIS >= ?", monthStart);
        long running = jobs.list().stream().filter(j -> j.state() == JobState.RUNNING || j.state() == JobState.QUEUED).count();
        return List.of(
                new DashboardFigure("platform.units", en ? "Current units" : "Đơn vị hiện hành", units, "organisation"),
                new DashboardFigure("platform.accounts", en ? "Active accounts" : "Tài khoản đang hoạt động", accounts, "organisation"),
                new DashboardFigure("platform.audit.month", en ? "Audit entries this month" : "Bản ghi nhật ký tháng này", audit, "activity"),
                new DashboardFigure("platform.jobs.running", en ? "Jobs running" : "Công việc đang chạy", running, "activity"));
    }

    private long count(String sql, Long arg) {
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setLong(1, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
