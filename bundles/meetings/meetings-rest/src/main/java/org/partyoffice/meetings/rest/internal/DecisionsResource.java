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
import org.partyoffice.meetings.api.Decision;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.VoteMethod;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/** The vote on an agenda item: {@code POST/GET /api/meetings/agenda/{itemId}/decision}. */
@Component(service = DecisionsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings/agenda/{itemId: \\d+}/decision")
@Produces(MediaType.APPLICATION_JSON)
public final class DecisionsResource {

    /** {@code method} SHOW_OF_HANDS (default) or SECRET_BALLOT. */
    public record DecisionRequest(String method, String inFavour, String against, String abstaining) {
    }

    private final MeetingService meetings;

    @Activate
    public DecisionsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("itemId") long itemId, DecisionRequest request) {
        DecisionRequest r = Input.body(request);
        VoteMethod method = Input.optionalEnum(VoteMethod.class, r.method(), "method");
        return Responses.created(meetings.decide(itemId, method == null ? VoteMethod.SHOW_OF_HANDS : method,
                Input.requiredInt(r.inFavour(), "inFavour"), Input.intOr(r.against(), "against", 0),
                Input.intOr(r.abstaining(), "abstaining", 0)));
    }

    @GET
    public Decision get(@PathParam("itemId") long itemId) {
        return meetings.decision(itemId).orElseThrow(() -> new EntityNotFoundException("decision", itemId, "itemId"));
    }
}
