package ${package}.impl.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

/** The module's figure on the platform's dashboard. */
@Component(service = DashboardContributor.class)
public final class ${moduleClass}Dashboard implements DashboardContributor {

    private final Transactions tx;

    @Activate
    public ${moduleClass}Dashboard(@Reference Transactions tx, @Reference ${moduleClass}Schema schema) {
        this.tx = tx;
    }

    @Override
    public String module() {
        return ${moduleClass}Schema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        long count = tx.required(c -> Sql.number(c, "SELECT COUNT(*) FROM " + ${moduleClass}Schema.SCHEMA + ".ENTRIES"));
        return List.of(new DashboardFigure("${moduleId}.entries", "en".equals(language) ? "Entries" : "Số mục đã ghi",
                count, "${moduleTitle}"));
    }
}
