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
import org.partyoffice.meetings.api.Invitation;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.Reply;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;

/**
 * Invitations: {@code GET /api/meetings/{id}/invitations}, {@code POST .../invite}
 * {@code {logins}}, the current user's {@code POST .../reply} {@code {reply, reason}}, and the
 * invitation with its list of people as a PDF, {@code GET .../invitations.pdf}.
 */
@Component(service = InvitationsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class InvitationsResource {

    public record InviteRequest(List<String> logins) {
    }

    /** {@code ATTEND} or {@code ABSENT} (with a reason). */
    public record ReplyRequest(String reply, String reason) {
    }

    private final MeetingService meetings;

    @Activate
    public InvitationsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("{id: \\d+}/invitations")
    public List<Invitation> invitations(@PathParam("id") long id) {
        return meetings.invitations(id);
    }

    @GET
    @Path("{id: \\d+}/invitations.pdf")
    @Produces("application/pdf")
    public Response invitationsPdf(@PathParam("id") long id) {
        return Pdf.inline(meetings.invitationsPdf(id), "giay-moi-" + id + ".pdf");
    }

    @POST
    @Path("{id: \\d+}/invite")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Invitation> invite(@PathParam("id") long id, InviteRequest request) {
        return meetings.invite(id, Input.body(request).logins());
    }

    @POST
    @Path("{id: \\d+}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    public Invitation reply(@PathParam("id") long id, ReplyRequest request) {
        ReplyRequest r = Input.body(request);
        return meetings.reply(id, Input.requiredEnum(Reply.class, r.reply(), "reply"), r.reason());
    }
}
