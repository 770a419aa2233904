package org.partyoffice.documents.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.Transactions;

/** Dashboard figures, counted under the reader's clearance and scope like every other read. */
@Component(service = DashboardContributor.class)
public final class DocumentsDashboard implements DashboardContributor {

    private final Transactions tx;
    private final Clock clock;
    private final Access access;
    private final DocumentStore documents = new DocumentStore();
    private final IncomingStore incoming = new IncomingStore();
    private final TaskStore tasks = new TaskStore();

    @Activate
    public DocumentsDashboard(@Reference Transactions tx, @Reference Access access, @Reference DocumentsSchema schema) {
        this(tx, access, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    DocumentsDashboard(Transactions tx, Access access, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String module() {
        return DocumentsSchema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        boolean en = "en".equals(language);
        Scope scope = access.scope();
        LocalDate today = LocalDate.now(clock);
        return tx.required(c -> List.of(
                new DashboardFigure("documents.drafts", en ? "Drafts in progress" : "Dự thảo đang soạn",
                        documents.countByStatus(c, DocumentStatus.DRAFT, scope, null)
                                + documents.countByStatus(c, DocumentStatus.IN_REVIEW, scope, null), "documents"),
                new DashboardFigure("documents.awaiting-signature", en ? "Awaiting signature" : "Chờ ký",
                        documents.countByStatus(c, DocumentStatus.SUBMITTED, scope, null), "documents"),
                new DashboardFigure("documents.promulgated.month", en ? "Promulgated this month" : "Ban hành trong tháng",
                        documents.countByStatus(c, DocumentStatus.PROMULGATED, scope,
                                today.withDayOfMonth(1).atStartOfDay(clock.getZone()).toInstant()), "documents"),
                new DashboardFigure("documents.incoming.open", en ? "Incoming to handle" : "Văn bản đến chờ xử lý",
                        incoming.countOpen(c, scope), "documents"),
                new DashboardFigure("documents.tasks.overdue", en ? "Overdue tasks" : "Nhiệm vụ quá hạn",
                        tasks.countOverdue(c, scope, today), "documents")));
    }
}
