package org.partyoffice.meetings.rest.internal;

import java.util.ArrayList;
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
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/** The bodies that meet: {@code GET/POST /api/meetings/bodies}, {@code GET /api/meetings/bodies/{id}}. */
@Component(service = BodiesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings/bodies")
@Produces(MediaType.APPLICATION_JSON)
public final class BodiesResource {

    /** A member: login and role ({@code CHAIR}, {@code SECRETARY}, {@code MEMBER}; default MEMBER). */
    public record MemberRequest(String login, String role) {
    }

    /** A threshold such as 2/3; {@code strict} means "more than". */
    public record RuleRequest(String numerator, String denominator, String strict) {
        Rule toRule(String field) {
            int n = Input.requiredInt(numerator, field + ".numerator");
            int d = Input.requiredInt(denominator, field + ".denominator");
            try {
                return new Rule(n, d, Input.flag(strict, field + ".strict", false));
            } catch (InvalidInputException e) {
                // the record names itself "rule"; the client knows it as quorum or decision
                throw new InvalidInputException(field, e.rule(), n + "/" + d);
            }
        }
    }

    /** A new body; {@code quorum} and {@code decision} may be left out for the defaults. */
    public record BodyRequest(String unitId, String name, String meets, List<MemberRequest> members, RuleRequest quorum,
                              RuleRequest decision) {
    }

    private final MeetingService meetings;

    @Activate
    public BodiesResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    public List<Body> list() {
        return meetings.bodies();
    }

    @GET
    @Path("{id: \\d+}")
    public Body get(@PathParam("id") long id) {
        return meetings.body(id).orElseThrow(() -> new EntityNotFoundException("body", id, "id"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BodyRequest request) {
        BodyRequest r = Input.body(request);
        List<BodyMember> members = new ArrayList<>();
        if (r.members() != null) {
            for (int i = 0; i < r.members().size(); i++) {
                MemberRequest m = r.members().get(i);
                String field = "members[" + i + "]";
                if (m == null) {
                    throw new InvalidInputException(field, "must not be empty");
                }
                MemberRole role = Input.optionalEnum(MemberRole.class, m.role(), field + ".role");
                members.add(new BodyMember(Input.required(m.login(), field + ".login"), null,
                        role == null ? MemberRole.MEMBER : role));
            }
        }
        return Responses.created(meetings.createBody(Input.requiredLong(r.unitId(), "unitId"), r.name(),
                Input.requiredEnum(MeetingType.class, r.meets(), "meets"), members,
                r.quorum() == null ? null : r.quorum().toRule("quorum"),
                r.decision() == null ? null : r.decision().toRule("decision")));
    }
}
