package org.partyoffice.archives.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.IntakeService;
import org.partyoffice.platform.api.WebConstants;

/** Intake from the record sources installed: {@code /api/archives/intake}. */
@Component(service = IntakeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class IntakeResource {

    /** One run's result, with its total spelt out. */
    public record Report(java.time.Instant at, java.util.Map<String, Integer> taken, int total, List<String> problems) {
    }

    private final IntakeService intake;

    @Activate
    public IntakeResource(@Reference IntakeService intake) {
        this.intake = intake;
    }

    /** Runs one intake now over every source present; running it twice takes nothing twice. */
    @POST
    @Path("intake")
    public Report run() {
        IntakeService.IntakeReport r = intake.run();
        return new Report(r.at(), r.taken(), r.total(), r.problems());
    }

    @GET
    @Path("intake/sources")
    public List<IntakeService.SourceState> sources() {
        return intake.sources();
    }
}
