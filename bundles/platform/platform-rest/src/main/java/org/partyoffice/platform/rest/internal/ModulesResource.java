package org.partyoffice.platform.rest.internal;

import java.util.List;

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
import org.partyoffice.platform.api.ModuleDescriptor;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.WebConstants;

/** {@code GET /api/modules}: the modules installed right now, in menu order. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public List<ModuleDescriptor> modules() {
        return registry.modules();
    }
}
