package org.partyoffice.meetings.rest.internal;

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
import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/** A meeting's agenda: {@code GET/POST /api/meetings/{id}/agenda}. */
@Component(service = AgendaResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class AgendaResource {

    /** An item; {@code minutes} its planned length, {@code documentIds} documents of the documents module. */
    public record ItemRequest(String title, String presenter, String minutes, List<String> documentIds) {
    }

    private final MeetingService meetings;

    @Activate
    public AgendaResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("{id: \\d+}/agenda")
    public List<AgendaItem> agenda(@PathParam("id") long id) {
        return meetings.agenda(id);
    }

    @POST
    @Path("{id: \\d+}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, ItemRequest request) {
        ItemRequest r = Input.body(request);
        return Responses.created(meetings.addAgendaItem(id, r.title(), r.presenter(), Input.intOr(r.minutes(), "minutes", 0),
                Input.longs(r.documentIds(), "documentIds")));
    }
}
