package org.partyoffice.meetings.rest.internal;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.partyoffice.meetings.api.Ballot;
import org.partyoffice.meetings.api.Candidate;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.api.InvalidBallot;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * An election's candidate list, ballots and count under {@code /api/meetings/elections/{id}}.
 * A ballot is entered as the candidates struck out and answers 201 {@code {valid, reason}}:
 * an invalid ballot is still a ballot cast, so it is stored and reported, not refused. A ballot
 * entered by mistake is voided ({@code POST .../ballots/{number}/void} {@code {reason}}), a
 * mistyped one corrected ({@code PUT .../ballots/{number}} {@code {struckOut, reason}}).
 * {@code GET .../count} is the live tally (not audited); {@code POST .../count} records the
 * official count in the audit trail.
 */
@Component(service = ElectionsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings/elections")
@Produces(MediaType.APPLICATION_JSON)
public final class ElectionsResource {

    public record CandidateRequest(String fullName) {
    }

    /** {@code support}: how many delegates support the nomination from the floor. */
    public record NominationRequest(String fullName, String support) {
    }

    /** Ballot {@code number} and the ids of the candidates struck out. */
    public record BallotRequest(String number, List<String> struckOut) {
    }

    public record BallotResult(int number, boolean valid, String reason) {
    }

    /** Why the ballot is voided (required). */
    public record VoidRequest(String reason) {
    }

    /** The corrected entry of a ballot and why it was corrected (required). */
    public record ReplaceRequest(List<String> struckOut, String reason) {
    }

    private final ElectionService elections;

    @Activate
    public ElectionsResource(@Reference ElectionService elections) {
        this.elections = elections;
    }

    @GET
    @Path("{id: \\d+}")
    public Election get(@PathParam("id") long id) {
        return elections.find(id).orElseThrow(() -> new EntityNotFoundException("election", id, "id"));
    }

    @GET
    @Path("{id: \\d+}/candidates")
    public List<Candidate> candidates(@PathParam("id") long id) {
        return elections.candidates(id);
    }

    @POST
    @Path("{id: \\d+}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCandidate(@PathParam("id") long id, CandidateRequest request) {
        return Responses.created(elections.addCandidate(id, Input.body(request).fullName()));
    }

    @POST
    @Path("{id: \\d+}/floor-nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response nominate(@PathParam("id") long id, NominationRequest request) {
        NominationRequest r = Input.body(request);
        return Responses.created(elections.nominateFromFloor(id, r.fullName(), Input.requiredInt(r.support(), "support")));
    }

    @POST
    @Path("{id: \\d+}/close-list")
    public Election closeList(@PathParam("id") long id) {
        return elections.closeList(id);
    }

    @POST
    @Path("{id: \\d+}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ballot(@PathParam("id") long id, BallotRequest request) {
        BallotRequest r = Input.body(request);
        int number = Input.requiredInt(r.number(), "number");
        Optional<InvalidBallot> invalid = elections.enterBallot(id, number, Input.longSet(r.struckOut(), "struckOut"));
        return Responses.created(new BallotResult(number, invalid.isEmpty(), invalid.map(InvalidBallot::reason).orElse(null)));
    }

    @GET
    @Path("{id: \\d+}/ballots")
    public List<Ballot> ballots(@PathParam("id") long id) {
        return elections.ballots(id);
    }

    @PUT
    @Path("{id: \\d+}/ballots/{number: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BallotResult replace(@PathParam("id") long id, @PathParam("number") int number, ReplaceRequest request) {
        ReplaceRequest r = Input.body(request);
        Optional<InvalidBallot> invalid = elections.replaceBallot(id, number, Input.longSet(r.struckOut(), "struckOut"),
                r.reason());
        return new BallotResult(number, invalid.isEmpty(), invalid.map(InvalidBallot::reason).orElse(null));
    }

    @POST
    @Path("{id: \\d+}/ballots/{number: \\d+}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public Ballot voidBallot(@PathParam("id") long id, @PathParam("number") int number, VoidRequest request) {
        return elections.voidBallot(id, number, Input.body(request).reason());
    }

    @GET
    @Path("{id: \\d+}/count")
    public CountResult count(@PathParam("id") long id) {
        return elections.count(id);
    }

    @POST
    @Path("{id: \\d+}/count")
    public CountResult recordCount(@PathParam("id") long id) {
        return elections.recordCount(id);
    }

    @GET
    @Path("{id: \\d+}/results.pdf")
    @Produces("application/pdf")
    public Response resultsPdf(@PathParam("id") long id) {
        return Pdf.inline(elections.resultsPdf(id), "ket-qua-bau-cu-" + id + ".pdf");
    }

    @GET
    @Path("{id: \\d+}/results.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response resultsCsv(@PathParam("id") long id) {
        return Response.ok(elections.resultsCsv(id), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"election-" + id + ".csv\"").build();
    }
}
