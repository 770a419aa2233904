package org.partyoffice.archives.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.partyoffice.archives.api.AccessRequestService;
import org.partyoffice.archives.api.AccessRequestService.AccessRequest;
import org.partyoffice.platform.api.WebConstants;

/** The reading room: {@code /api/archives/access-requests}. */
@Component(service = AccessRequestsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class AccessRequestsResource {

    /** {@code until}: the last day of the loan, ISO date. */
    public record RequestBody(String dossierId, String purpose, String until) {
    }

    public record NoteBody(String note) {
    }

    private final AccessRequestService requests;

    @Activate
    public AccessRequestsResource(@Reference AccessRequestService requests) {
        this.requests = requests;
    }

    /** The requests the caller may see; {@code open=true}: not yet returned or refused. */
    @GET
    @Path("access-requests")
    public List<AccessRequest> list(@QueryParam("open") String open) {
        return requests.list(Params.flag(open, "open", false));
    }

    /** Approved loans past their day, oldest due first. */
    @GET
    @Path("access-requests/overdue")
    public List<AccessRequest> overdue() {
        return requests.overdue();
    }

    /** Announces the loans that became overdue since the last reminder (the module also does it hourly). */
    @POST
    @Path("access-requests/overdue/remind")
    public Map<String, Integer> remind() {
        return Map.of("reminded", requests.remindOverdue());
    }

    @POST
    @Path("access-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(RequestBody body) {
        RequestBody b = Params.required(body, "body");
        AccessRequest r = requests.request(Params.requiredLong(b.dossierId(), "dossierId"), b.purpose(),
                Params.date(b.until(), "until"));
        return Response.created(URI.create("archives/access-requests")).entity(r).build();
    }

    @POST
    @Path("access-requests/{id: \\d+}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessRequest approve(@PathParam("id") long id, NoteBody body) {
        return requests.approve(id, body == null ? null : body.note());
    }

    @POST
    @Path("access-requests/{id: \\d+}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessRequest refuse(@PathParam("id") long id, NoteBody body) {
        return requests.refuse(id, body == null ? null : body.note());
    }

    /** The dossier came back to the reading room. */
    @POST
    @Path("access-requests/{id: \\d+}/returned")
    public AccessRequest returned(@PathParam("id") long id) {
        return requests.returned(id);
    }
}
