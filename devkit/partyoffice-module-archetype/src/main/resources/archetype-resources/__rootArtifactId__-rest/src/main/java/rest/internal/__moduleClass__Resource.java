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
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;

import ${package}.api.${moduleClass}Entry;
import ${package}.api.${moduleClass}Service;

/**
 * {@code /api/${moduleId}/...}: the register. Sign-in, roles and the problem answers (400/404/409/422
 * naming the field) are the platform's; this class only maps HTTP to the service. Numbers in the body
 * come as strings and are read with the platform's {@link Input}, so a bad one is a 422 naming its
 * field rather than Jackson's bare 400.
 */
@Component(service = ${moduleClass}Resource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("${moduleId}")
@Produces(MediaType.APPLICATION_JSON)
public final class ${moduleClass}Resource {

    /** A new entry; {@code unitId} is a JSON number or a string of digits. */
    public record EntryRequest(String unitId, String title) {
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
        EntryRequest r = Input.body(request);
        ${moduleClass}Entry entry = service.add(Input.requiredLong(r.unitId(), "unitId"), r.title());
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
