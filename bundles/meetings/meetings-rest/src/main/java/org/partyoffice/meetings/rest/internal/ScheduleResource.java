package org.partyoffice.meetings.rest.internal;

import java.time.Instant;
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
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.NewMeeting;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * The schedule: {@code POST /api/meetings}, {@code GET /api/meetings/{id}},
 * {@code GET /api/meetings/calendar?from=&to=} (JSON) and {@code calendar.ics} (iCalendar),
 * {@code POST /api/meetings/{id}/reschedule}, {@code /cancel} and {@code /reclassify}. Conflicts are the service's
 * 409 naming {@code roomId} or {@code required} and the other meeting.
 */
@Component(service = ScheduleResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class ScheduleResource {

    /**
     * A meeting to schedule. {@code unitId} defaults to the body's unit, else the user's;
     * {@code required} left out means the body's members; {@code classification} left out means
     * unclassified.
     */
    public record MeetingRequest(String unitId, String type, String title, String bodyId, String roomId, String start,
                                 String end, List<String> required, String classification) {
    }

    /** A move: new times and room ({@code roomId} left out keeps the room; an online conference goes online). */
    public record RescheduleRequest(String start, String end, String roomId) {
    }

    public record CancelRequest(String reason) {
    }

    /** The new classification, by name ({@code TOI_MAT}) or label ({@code Tối mật}), and why. */
    public record ReclassifyRequest(String classification, String reason) {
    }

    private final MeetingService meetings;
    private final CurrentUser user;

    @Activate
    public ScheduleResource(@Reference MeetingService meetings, @Reference CurrentUser user) {
        this.meetings = meetings;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(MeetingRequest request) {
        MeetingRequest r = Input.body(request);
        MeetingType type = Input.requiredEnum(MeetingType.class, r.type(), "type");
        Long bodyId = Input.optionalLong(r.bodyId(), "bodyId");
        Long roomId = Input.optionalLong(r.roomId(), "roomId");
        Instant start = Input.requiredInstant(r.start(), "start");
        Instant end = Input.requiredInstant(r.end(), "end");
        long unitId = unitOf(Input.optionalLong(r.unitId(), "unitId"), bodyId);
        return Responses.created(meetings.schedule(new NewMeeting(unitId, type, r.title(), bodyId, roomId, start, end,
                r.required(), Input.optionalClearance(r.classification(), "classification"))));
    }

    @GET
    @Path("{id: \\d+}")
    public Meeting get(@PathParam("id") long id) {
        return meetings.find(id).orElseThrow(() -> new EntityNotFoundException("meeting", id, "id"));
    }

    @GET
    @Path("calendar")
    public List<Meeting> calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        return meetings.calendar(Input.requiredInstant(from, "from"), Input.requiredInstant(to, "to"));
    }

    @GET
    @Path("calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response icalendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] ics = meetings.icalendar(Input.requiredInstant(from, "from"), Input.requiredInstant(to, "to"));
        return Response.ok(ics, "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meetings.ics\"").build();
    }

    @POST
    @Path("{id: \\d+}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting reschedule(@PathParam("id") long id, RescheduleRequest request) {
        RescheduleRequest r = Input.body(request);
        return meetings.reschedule(id, Input.requiredInstant(r.start(), "start"), Input.requiredInstant(r.end(), "end"),
                Input.optionalLong(r.roomId(), "roomId"));
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting cancel(@PathParam("id") long id, CancelRequest request) {
        return meetings.cancel(id, Input.body(request).reason());
    }

    @POST
    @Path("{id: \\d+}/reclassify")
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting reclassify(@PathParam("id") long id, ReclassifyRequest request) {
        ReclassifyRequest r = Input.body(request);
        return meetings.reclassify(id, Input.optionalClearance(r.classification(), "classification"), r.reason());
    }

    /** The page's form has no unit: a body's meeting belongs to the body's unit, others to the clerk's. */
    private long unitOf(Long unitId, Long bodyId) {
        if (unitId != null) {
            return unitId;
        }
        if (bodyId != null) {
            Body body = meetings.body(bodyId).orElseThrow(() -> new EntityNotFoundException("body", bodyId, "bodyId"));
            return body.unitId();
        }
        return user.account().map(a -> a.unitId())
                .orElseThrow(() -> new InvalidInputException("unitId", "is required: your account belongs to no unit"));
    }
}
