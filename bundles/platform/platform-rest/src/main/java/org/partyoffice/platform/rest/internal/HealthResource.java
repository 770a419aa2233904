package org.partyoffice.platform.rest.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.WebConstants;

/** {@code GET /api/health}: up, database reachable, modules installed. Public, for monitoring. */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final Transactions tx;
    private final ModuleRegistry modules;

    @Activate
    public HealthResource(@Reference Transactions tx, @Reference ModuleRegistry modules) {
        this.tx = tx;
        this.modules = modules;
    }

    @GET
    public Map<String, Object> health() {
        Map<String, Object> h = new LinkedHashMap<>();
        boolean db = tx.required(c -> c.isValid(5));
        h.put("status", db ? "UP" : "DOWN");
        h.put("database", tx.databaseProduct());
        h.put("modules", modules.modules().size());
        h.put("time", Instant.now());
        return h;
    }
}
