package org.partyoffice.meetings.rest.internal;

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
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.Quorum;

/**
 * Attendance: {@code POST /api/meetings/{id}/checkin} {@code {login?}} (no login: the caller
 * checks themselves in) answering the live quorum, and {@code GET .../quorum}.
 */
@Component(service = AttendanceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class AttendanceResource {

    public record CheckInRequest(String login) {
    }

    private final MeetingService meetings;

    @Activate
    public AttendanceResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @Path("{id: \\d+}/checkin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Quorum checkIn(@PathParam("id") long id, CheckInRequest request) {
        // an empty body is the caller at the door checking themselves in
        return meetings.checkIn(id, request == null ? null : request.login());
    }

    @GET
    @Path("{id: \\d+}/quorum")
    public Quorum quorum(@PathParam("id") long id) {
        return meetings.quorum(id);
    }
}
