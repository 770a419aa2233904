package ${package}.impl.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.Transactions;

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
        long count = tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + ${moduleClass}Schema.SCHEMA + ".ENTRIES");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return List.of(new DashboardFigure("${moduleId}.entries", "en".equals(language) ? "Entries" : "Số mục đã ghi",
                count, "${moduleTitle}"));
    }
}
