package org.partyoffice.platform.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.api.WebConstants;

/** The organisation tree: {@code /api/units}. Reads for every account; changes for administrators. */
@Component(service = UnitsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public final class UnitsResource {

    /** A unit to create; {@code type} is a {@link UnitType} name. */
    public record UnitRequest(String code, String name, String type, Long parentId, LocalDate validFrom) {
        NewUnit toNewUnit() {
            return new NewUnit(Params.required(code, "code"), Params.required(name, "name"),
                    UnitType.parse(Params.required(type, "type"), "type"), parentId, validFrom);
        }
    }

    /** A merge: the units to merge and the unit they become. */
    public record MergeRequest(List<Long> sourceIds, UnitRequest target) {
    }

    /** A rename. */
    public record RenameRequest(String name) {
    }

    private final OrganisationService organisation;

    @Activate
    public UnitsResource(@Reference OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    public List<Unit> tree(@QueryParam("date") String date, @QueryParam("all") boolean all) {
        return all ? organisation.all() : organisation.tree(Params.date(date, "date"));
    }

    @GET
    @Path("{id}")
    public Unit get(@PathParam("id") String id) {
        return organisation.get(id(id), "id");
    }

    @GET
    @Path("{id}/subtree")
    public List<Unit> subtree(@PathParam("id") String id, @QueryParam("date") String date) {
        return organisation.subtree(id(id), Params.date(date, "date"));
    }

    @GET
    @Path("{id}/current")
    public Unit current(@PathParam("id") String id) {
        return organisation.current(id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UnitRequest request) {
        Unit unit = organisation.create(Params.required(request, "body").toNewUnit());
        return Response.created(URI.create("units/" + unit.id())).entity(unit).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Unit rename(@PathParam("id") String id, RenameRequest request) {
        return organisation.rename(id(id), Params.required(request, "body").name());
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnitMerge merge(MergeRequest request) {
        Params.required(request, "body");
        return organisation.merge(Params.required(request.sourceIds(), "sourceIds"),
                Params.required(request.target(), "target").toNewUnit());
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a whole number", id);
        }
    }
}
