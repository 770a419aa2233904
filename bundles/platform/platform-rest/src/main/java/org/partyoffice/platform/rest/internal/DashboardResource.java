package org.partyoffice.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.WebConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/dashboard}: the figures of every installed {@link DashboardContributor}, per module. */
@Component(service = DashboardResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardResource.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<DashboardContributor> contributors = new CopyOnWriteArrayList<>();

    @GET
    public List<Map<String, Object>> figures(@QueryParam("lang") String lang) {
        String language = "en".equals(lang) ? "en" : "vi";
        List<Map<String, Object>> result = new ArrayList<>();
        for (DashboardContributor c : contributors) {
            try {
                List<DashboardFigure> figures = c.figures(language);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("module", c.module());
                m.put("figures", figures);
                result.add(m);
            } catch (RuntimeException e) {
                // One module's failure must not blank the whole dashboard.
                LOG.warn("Dashboard figures of {} failed", c.module(), e);
            }
        }
        result.sort((a, b) -> String.valueOf(a.get("module")).compareTo(String.valueOf(b.get("module"))));
        return result;
    }
}
