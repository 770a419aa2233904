package org.partyoffice.archives.rest.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.DestructionRecord;
import org.partyoffice.archives.api.DispositionService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.TransferRecord;
import org.partyoffice.platform.api.WebConstants;

/**
 * Retention and disposition: the queue, legal holds, destruction with the appraisal decision, the
 * destruction records and transfer to the historical archive ({@code /api/archives/disposition},
 * {@code /api/archives/dossiers/{id}/hold|release|destroy|transfer}). Who may do what is the service's.
 */
@Component(service = DispositionResource.class, configurationPid = RestConfig.PID)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@javax.ws.rs.Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class DispositionResource {

    public record ReasonBody(String reason) {
    }

    /** {@code decision}: the appraisal decision, e.g. Quyết định 12-QĐ/VPTU ngày 01/12/2026. */
    public record DecisionBody(String decision) {
    }

    public record TransferBody(String destination) {
    }

    private final DispositionService disposition;
    private final Path transfers;

    @Activate
    public DispositionResource(@Reference DispositionService disposition, RestConfig config) {
        this.disposition = disposition;
        this.transfers = config.transferFolder() == null || config.transferFolder().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "partyoffice", "archives", "transfers")
                : Path.of(config.transferFolder());
    }

    /** Closed dossiers due on {@code asOf} (default today), not on hold, oldest first. */
    @GET
    @javax.ws.rs.Path("disposition/queue")
    public List<Dossier> queue(@QueryParam("asOf") String asOf) {
        LocalDate day = Params.date(asOf, "asOf");
        return disposition.queue(day == null ? LocalDate.now() : day);
    }

    @GET
    @javax.ws.rs.Path("disposition/destructions")
    public List<DestructionRecord> destructions() {
        return disposition.destructions();
    }

    @POST
    @javax.ws.rs.Path("dossiers/{id: \\d+}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dossier hold(@PathParam("id") long id, ReasonBody body) {
        return disposition.hold(id, Params.required(body, "body").reason());
    }

    @POST
    @javax.ws.rs.Path("dossiers/{id: \\d+}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dossier release(@PathParam("id") long id, ReasonBody body) {
        return disposition.release(id, Params.required(body, "body").reason());
    }

    @POST
    @javax.ws.rs.Path("dossiers/{id: \\d+}/destroy")
    @Consumes(MediaType.APPLICATION_JSON)
    public DestructionRecord destroy(@PathParam("id") long id, DecisionBody body) {
        return disposition.destroy(id, Params.required(body, "body").decision());
    }

    /** Writes the dossier's BagIt package under the configured transfer folder and records the handover. */
    @POST
    @javax.ws.rs.Path("dossiers/{id: \\d+}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferRecord transfer(@PathParam("id") long id, TransferBody body) {
        String destination = Params.required(body, "body").destination();
        try {
            java.nio.file.Files.createDirectories(transfers);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the transfer folder " + transfers, e);
        }
        return disposition.transfer(id, destination, transfers);
    }
}
