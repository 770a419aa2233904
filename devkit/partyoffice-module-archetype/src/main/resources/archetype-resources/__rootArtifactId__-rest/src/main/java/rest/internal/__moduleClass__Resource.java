package ${package}.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Service;

/**
 * {@code /api/${moduleId}/...}: the register. Sign-in, roles and the problem answers (400/404/409/422
 * naming the field) are the platform's; this class only maps HTTP to the service.
 */
@Component(service = ${moduleClass}Resource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("${moduleId}")
@Produces(MediaType.APPLICATION_JSON)
public final class ${moduleClass}Resource {

    /** A new entry. */
    public record EntryRequest(Long unitId, String title) {
    }

    private final ${moduleClass}Service service;

    @Activate
    public ${moduleClass}Resource(@Reference ${moduleClass}Service service) {
        this.service = service;
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(EntryRequest request) {
        if (request == null || request.unitId() == null) {
            throw new InvalidInputException("unitId", "is required");
        }
        ${moduleClass}Entry entry = service.add(request.unitId(), request.title());
        return Response.created(URI.create(WebConstants.API_BASE + "/${moduleId}/entries/" + entry.id())).entity(entry).build();
    }

    @GET
    @Path("entries/{id}")
    public ${moduleClass}Entry find(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> new EntityNotFoundException("entry", id, "id"));
    }

    @GET
    @Path("units/{unitId}/entries")
    public List<${moduleClass}Entry> list(@PathParam("unitId") long unitId) {
        return service.list(unitId);
    }
}
