package org.partyoffice.meetings.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.MeetingCostService;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;

/**
 * A meeting's cost estimate: {@code GET/PUT /api/meetings/{id}/cost-estimate}; the estimates the
 * finance module does not hold yet, {@code GET /api/meetings/cost-estimates/pending}, and
 * {@code POST /api/meetings/cost-estimates/send} to send them now. The meeting's JSON carries its
 * estimate as {@code costEstimate} too.
 */
@Component(service = CostEstimatesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class CostEstimatesResource {

    /** {@code amountVnd} whole đồng (a JSON number or a string of digits); {@code note} optional. */
    public record CostEstimateRequest(String amountVnd, String note) {
    }

    private final MeetingCostService costs;

    @Activate
    public CostEstimatesResource(@Reference MeetingCostService costs) {
        this.costs = costs;
    }

    @GET
    @Path("{id: \\d+}/cost-estimate")
    public CostEstimate get(@PathParam("id") long id) {
        return costs.estimate(id).orElseThrow(() -> new EntityNotFoundException("cost estimate of meeting", id, "id"));
    }

    @PUT
    @Path("{id: \\d+}/cost-estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    public CostEstimate set(@PathParam("id") long id, CostEstimateRequest request) {
        CostEstimateRequest r = Input.body(request);
        return costs.setEstimate(id, Input.requiredLong(r.amountVnd(), "amountVnd"), r.note());
    }

    @GET
    @Path("cost-estimates/pending")
    public List<CostEstimate> pending() {
        return costs.pending();
    }

    @POST
    @Path("cost-estimates/send")
    public Map<String, Integer> send() {
        return Map.of("sent", costs.sendPending());
    }
}
