package org.partyoffice.meetings.rest.internal;

import java.util.List;
import java.util.Map;

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
import org.partyoffice.meetings.api.BallotBase;
import org.partyoffice.meetings.api.Delegate;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.ElectionRules;
import org.partyoffice.meetings.api.ElectionService;
import org.partyoffice.meetings.rest.internal.BodiesResource.RuleRequest;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * A Congress: {@code POST /api/meetings/{id}/delegates} {@code {fullName, credential}},
 * {@code POST .../delegates/check} {@code {credential}} answering how many are checked,
 * {@code GET .../delegates} and {@code .../delegates.pdf} (the list to sign at the entrance),
 * {@code POST .../elections} creating an election (190-QĐ/TW defaults for what is left out) and
 * {@code GET .../elections} listing them.
 */
@Component(service = CongressResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class CongressResource {

    public record DelegateRequest(String fullName, String credential) {
    }

    public record CredentialRequest(String credential) {
    }

    /** An election: {@code seats} required, the other rules default to {@link ElectionRules#standard(int)}. */
    public record ElectionRequest(String title, String seats, String surplusPercent, String floorSupportPercent,
                                  String base, RuleRequest electedRule, String blankBallotValid) {
        ElectionRules rules() {
            ElectionRules d = ElectionRules.standard(Input.requiredInt(seats, "seats"));
            BallotBase b = Input.optionalEnum(BallotBase.class, base, "base");
            return new ElectionRules(d.seats(), Input.intOr(surplusPercent, "surplusPercent", d.surplusPercent()),
                    Input.intOr(floorSupportPercent, "floorSupportPercent", d.floorSupportPercent()),
                    b == null ? d.base() : b, electedRule == null ? d.electedRule() : electedRule.toRule("electedRule"),
                    Input.flag(blankBallotValid, "blankBallotValid", d.blankBallotValid()));
        }
    }

    private final ElectionService elections;

    @Activate
    public CongressResource(@Reference ElectionService elections) {
        this.elections = elections;
    }

    @POST
    @Path("{id: \\d+}/delegates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDelegate(@PathParam("id") long id, DelegateRequest request) {
        DelegateRequest r = Input.body(request);
        String fullName = Input.required(r.fullName(), "fullName");
        String credential = Input.required(r.credential(), "credential");
        elections.addDelegate(id, fullName, credential);
        return Responses.created(Map.of("fullName", fullName, "credential", credential));
    }

    @GET
    @Path("{id: \\d+}/delegates")
    public List<Delegate> delegates(@PathParam("id") long id) {
        return elections.delegates(id);
    }

    @GET
    @Path("{id: \\d+}/delegates.pdf")
    @Produces("application/pdf")
    public Response delegatesPdf(@PathParam("id") long id) {
        return Pdf.inline(elections.delegatesPdf(id), "danh-sach-dai-bieu-" + id + ".pdf");
    }

    @GET
    @Path("{id: \\d+}/elections")
    public List<Election> elections(@PathParam("id") long id) {
        return elections.elections(id);
    }

    @POST
    @Path("{id: \\d+}/delegates/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> check(@PathParam("id") long id, CredentialRequest request) {
        return Map.of("checked", elections.checkCredential(id, Input.required(Input.body(request).credential(), "credential")));
    }

    @POST
    @Path("{id: \\d+}/elections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") long id, ElectionRequest request) {
        ElectionRequest r = Input.body(request);
        Election e = elections.create(id, r.title(), r.rules());
        return Responses.created(e);
    }
}
