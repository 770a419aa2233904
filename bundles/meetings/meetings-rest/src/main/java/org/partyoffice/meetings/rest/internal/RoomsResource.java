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
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.Room;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/** Meeting rooms: {@code GET/POST /api/meetings/rooms}. */
@Component(service = RoomsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings/rooms")
@Produces(MediaType.APPLICATION_JSON)
public final class RoomsResource {

    /** A new room; {@code capacity} a string so that a bad number is a 422 naming it. */
    public record RoomRequest(String name, String capacity, String location) {
    }

    private final MeetingService meetings;

    @Activate
    public RoomsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    public List<Room> list() {
        return meetings.rooms();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoomRequest request) {
        RoomRequest r = Input.body(request);
        return Responses.created(meetings.saveRoom(r.name(), Input.requiredInt(r.capacity(), "capacity"), r.location()));
    }
}
