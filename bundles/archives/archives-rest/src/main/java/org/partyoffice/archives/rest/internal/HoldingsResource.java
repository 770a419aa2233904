package org.partyoffice.archives.rest.internal;

import java.net.URI;
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
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.DigitisationProgress;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.RetentionCategory;
import org.partyoffice.archives.api.Series;
import org.partyoffice.platform.api.WebConstants;

/**
 * Fonds, their series and the retention schedule: {@code /api/archives/fonds}, {@code /api/archives/retention}.
 * Scope, clearance and roles are the service's.
 */
@Component(service = HoldingsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class HoldingsResource {

    /** Opens (or returns) the fonds of a unit. */
    public record FondsBody(String unitId) {
    }

    public record SeriesBody(String code, String title, String retention) {
    }

    /** A retention category; {@code years} empty: kept permanently. */
    public record RetentionBody(String code, String name, String years) {
    }

    /** How much of a fonds is digitised, with the percentage the page shows. */
    public record Progress(long fondsId, long dossiers, long digitised, int percent) {
        static Progress of(DigitisationProgress p) {
            return new Progress(p.fondsId(), p.dossiers(), p.digitised(), p.percent());
        }
    }

    /** A retention category with its permanence spelt out. */
    public record Retention(String code, String name, Integer years, boolean permanent) {
        static Retention of(RetentionCategory r) {
            return new Retention(r.code(), r.name(), r.years(), r.permanent());
        }
    }

    private final ArchiveService archive;

    @Activate
    public HoldingsResource(@Reference ArchiveService archive) {
        this.archive = archive;
    }

    @GET
    @Path("fonds")
    public List<Fonds> fonds() {
        return archive.fonds();
    }

    @POST
    @Path("fonds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Fonds open(FondsBody body) {
        return archive.fondsOf(Params.requiredLong(Params.required(body, "body").unitId(), "unitId"));
    }

    @GET
    @Path("fonds/{id: \\d+}")
    public Fonds getFonds(@PathParam("id") long id) {
        return archive.getFonds(id);
    }

    @GET
    @Path("fonds/{id: \\d+}/progress")
    public Progress progress(@PathParam("id") long id) {
        return Progress.of(archive.progress(id));
    }

    @GET
    @Path("fonds/{id: \\d+}/series")
    public List<Series> series(@PathParam("id") long id) {
        return archive.series(id);
    }

    @POST
    @Path("fonds/{id: \\d+}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSeries(@PathParam("id") long id, SeriesBody body) {
        SeriesBody b = Params.required(body, "body");
        Series s = archive.createSeries(id, b.code(), b.title(), b.retention());
        return Response.created(URI.create("archives/fonds/" + id + "/series")).entity(s).build();
    }

    @GET
    @Path("retention")
    public List<Retention> retention() {
        return archive.retentionCategories().stream().map(Retention::of).toList();
    }

    @POST
    @Path("retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public Retention defineRetention(RetentionBody body) {
        RetentionBody b = Params.required(body, "body");
        Long years = Params.optionalLong(b.years(), "years");
        if (years != null && (years < 1 || years > 200)) {
            throw new org.partyoffice.platform.api.InvalidInputException("years",
                    "must be between 1 and 200, or empty for permanent", b.years());
        }
        return Retention.of(archive.defineRetention(b.code(), b.name(), years == null ? null : years.intValue()));
    }
}
