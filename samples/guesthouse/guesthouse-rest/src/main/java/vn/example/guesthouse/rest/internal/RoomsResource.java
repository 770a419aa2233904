package vn.example.guesthouse.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.NewRoom;
import vn.example.guesthouse.api.Room;

/** Rooms: {@code GET/POST /api/guesthouse/rooms}, {@code GET /api/guesthouse/rooms/free?night=}. */
@Component(service = RoomsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("guesthouse/rooms")
@Produces(MediaType.APPLICATION_JSON)
public final class RoomsResource {

    /** A new room; {@code beds} a string so that a bad number is a 422 naming it. */
    public record RoomRequest(String code, String name, String building, String beds, String kind) {
    }

    private final GuestHouseService guestHouse;

    @Activate
    public RoomsResource(@Reference GuestHouseService guestHouse) {
        this.guestHouse = guestHouse;
    }

    @GET
    public List<Room> list() {
        return guestHouse.rooms();
    }

    @GET
    @Path("free")
    public List<Room> free(@QueryParam("night") String night) {
        return guestHouse.freeRooms(Input.optionalDate(night, "night"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoomRequest request) {
        RoomRequest r = Input.body(request);
        return Responses.created(guestHouse.saveRoom(new NewRoom(r.code(), r.name(), r.building(), Input.requiredInt(r.beds(), "beds"),
                r.kind())));
    }
}
