package vn.example.guesthouse.rest.internal;

import java.util.List;

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
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.NewBooking;

/**
 * Bookings of delegations: {@code GET/POST /api/guesthouse/bookings}, one booking, check-in,
 * check-out, cancellation and the link to a meeting.
 */
@Component(service = BookingsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("guesthouse/bookings")
@Produces(MediaType.APPLICATION_JSON)
public final class BookingsResource {

    /** A booking to make; numbers and dates as strings so a bad one is a 422 naming it. */
    public record BookingRequest(String delegation, String headCount, String from, String to, List<String> rooms,
                                 String meetingId) {
    }

    public record MeetingLink(String meetingId) {
    }

    public record Cancellation(String reason) {
    }

    /** Whether bookings can be linked to meetings right now. */
    public record MeetingsStatus(boolean available) {
    }

    private final GuestHouseService guestHouse;

    @Activate
    public BookingsResource(@Reference GuestHouseService guestHouse) {
        this.guestHouse = guestHouse;
    }

    @GET
    public List<Booking> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        return guestHouse.bookings(Input.optionalDate(from, "from"), Input.optionalDate(to, "to"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingRequest request) {
        BookingRequest r = Input.body(request);
        return Responses.created(guestHouse.book(new NewBooking(r.delegation(), Input.requiredInt(r.headCount(), "headCount"),
                Input.requiredDate(r.from(), "from"), Input.requiredDate(r.to(), "to"), Input.strings(r.rooms()),
                Input.optionalLong(r.meetingId(), "meetingId"))));
    }

    @GET
    @Path("meetings")
    public MeetingsStatus meetings() {
        return new MeetingsStatus(guestHouse.meetingsAvailable());
    }

    @GET
    @Path("{id}")
    public Booking get(@PathParam("id") long id) {
        return guestHouse.booking(id).orElseThrow(() -> new EntityNotFoundException("booking", id));
    }

    @POST
    @Path("{id}/checkin")
    public Booking checkIn(@PathParam("id") long id) {
        return guestHouse.checkIn(id);
    }

    @POST
    @Path("{id}/checkout")
    public Booking checkOut(@PathParam("id") long id) {
        return guestHouse.checkOut(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Booking cancel(@PathParam("id") long id, Cancellation request) {
        return guestHouse.cancel(id, Input.body(request).reason());
    }

    @POST
    @Path("{id}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    public Booking link(@PathParam("id") long id, MeetingLink request) {
        Long meeting = Input.optionalLong(Input.required(Input.body(request).meetingId(), "meetingId"), "meetingId");
        return guestHouse.linkMeeting(id, meeting);
    }
}
