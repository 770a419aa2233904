package org.partyoffice.meetings.rest.internal;

import java.util.Map;

import javax.ws.rs.PUT;

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
import org.partyoffice.meetings.api.Minutes;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * Minutes: {@code GET/PUT /api/meetings/{id}/minutes}, {@code POST .../minutes/approve} (the
 * chair), and {@code POST .../conclusions} {@code {documentType}} turning them into a draft of
 * the documents module (409 on {@code documents} when it is not installed).
 */
@Component(service = MinutesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class MinutesResource {

    public record MinutesRequest(String text) {
    }

    /** {@code KL} (kết luận) or {@code TB} (thông báo). */
    public record ConclusionsRequest(String documentType) {
    }

    private final MeetingService meetings;

    @Activate
    public MinutesResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("{id: \\d+}/minutes")
    public Minutes get(@PathParam("id") long id) {
        return meetings.minutes(id).orElseThrow(() -> new EntityNotFoundException("minutes of meeting", id, "id"));
    }

    @PUT
    @Path("{id: \\d+}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Minutes save(@PathParam("id") long id, MinutesRequest request) {
        return meetings.saveMinutes(id, Input.body(request).text());
    }

    @POST
    @Path("{id: \\d+}/minutes/approve")
    public Minutes approve(@PathParam("id") long id) {
        return meetings.approveMinutes(id);
    }

    @POST
    @Path("{id: \\d+}/conclusions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response conclusions(@PathParam("id") long id, ConclusionsRequest request) {
        String type = Input.required(Input.body(request).documentType(), "documentType");
        return Responses.created(Map.of("documentId", meetings.draftConclusions(id, type)));
    }
}
