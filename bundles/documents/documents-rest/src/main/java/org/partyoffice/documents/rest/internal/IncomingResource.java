package org.partyoffice.documents.rest.internal;

import java.net.URI;
import java.time.LocalDate;

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
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.IncomingPage;
import org.partyoffice.documents.api.IncomingService;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;

/** The incoming register: {@code /api/documents/incoming}. */
@Component(service = IncomingResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents/incoming")
@Produces(MediaType.APPLICATION_JSON)
public final class IncomingResource {

    /** A document received from outside; dates ISO, {@code receivedOn} empty is today. */
    public record IncomingBody(Long unitId, String sender, String originalSymbol, String originalDate, String receivedOn,
                               String title, String classification, String urgency) {
        NewIncoming toIncoming() {
            LocalDate received = Params.date(receivedOn, "receivedOn");
            return new NewIncoming(Params.required(unitId, "unitId"), sender, originalSymbol, Params.date(originalDate, "originalDate"),
                    received == null ? LocalDate.now() : received, title, DocumentsResource.classification(classification),
                    Urgency.parse(urgency));
        }
    }

    /** Who handles it and by when. */
    public record AssignBody(Long handlerUnitId, String handlerLogin, String deadline) {
    }

    private final IncomingService incoming;

    @Activate
    public IncomingResource(@Reference IncomingService incoming) {
        this.incoming = incoming;
    }

    /** The page as a JSON array (as before offsets existed) and the total in {@value Params#TOTAL_COUNT_HEADER}. */
    @GET
    public Response list(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
                         @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        IncomingPage page = incoming.page(Params.requiredLong(unitId, "unitId"),
                Params.integer(year, "year", LocalDate.now().getYear(), 1945, 9999),
                Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE), Params.integer(limit, "limit", 100, 1, 1000));
        return Response.ok(page.items()).header(Params.TOTAL_COUNT_HEADER, page.total()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(IncomingBody body) {
        IncomingDocument in = incoming.register(Params.required(body, "body").toIncoming());
        return Response.created(URI.create("documents/incoming/" + in.id())).entity(in).build();
    }

    @GET
    @Path("{id: \\d+}")
    public IncomingDocument get(@PathParam("id") long id) {
        return incoming.find(id).orElseThrow(() -> new EntityNotFoundException("incoming document", id, "id"));
    }

    @POST
    @Path("{id: \\d+}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncomingDocument assign(@PathParam("id") long id, AssignBody body) {
        AssignBody b = Params.required(body, "body");
        return incoming.assign(id, b.handlerUnitId(), b.handlerLogin() == null || b.handlerLogin().isBlank() ? null
                : b.handlerLogin().strip(), Params.date(b.deadline(), "deadline"));
    }

    @POST
    @Path("{id: \\d+}/complete")
    public IncomingDocument complete(@PathParam("id") long id) {
        return incoming.complete(id);
    }
}
