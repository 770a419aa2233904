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
import org.partyoffice.meetings.api.FollowUp;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/** Follow-up tasks of a meeting: {@code GET/POST /api/meetings/{id}/follow-ups}. */
@Component(service = FollowUpsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowUpsResource {

    /** {@code deadline} a date like 2026-04-30. */
    public record FollowUpRequest(String title, String ownerLogin, String deadline) {
    }

    private final MeetingService meetings;

    @Activate
    public FollowUpsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("{id: \\d+}/follow-ups")
    public List<FollowUp> list(@PathParam("id") long id) {
        return meetings.followUps(id);
    }

    @POST
    @Path("{id: \\d+}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, FollowUpRequest request) {
        FollowUpRequest r = Input.body(request);
        return Responses.created(meetings.addFollowUp(id, r.title(), r.ownerLogin(), Input.requiredDate(r.deadline(), "deadline")));
    }
}
