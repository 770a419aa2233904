package org.partyoffice.archives.rest.internal;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.DigitisationService;
import org.partyoffice.archives.api.DigitisationService.Batch;
import org.partyoffice.archives.api.DigitisationService.RowProblem;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.WebConstants;

/**
 * Digitisation batches over HTTP: {@code /api/archives/digitisation}. The body is a ZIP of scans with
 * its {@code manifest.csv}, saved to a file first (a batch is too big for memory); {@code validate}
 * checks it and keeps nothing, {@code batches} starts it as a platform job, whose progress each batch
 * carries.
 */
@Component(service = DigitisationResource.class, configurationPid = RestConfig.PID)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@javax.ws.rs.Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class DigitisationResource {

    private static final Set<String> FINISHED = Set.of("DONE", "CANCELLED", "FAILED");

    /** The problems per manifest row; {@code ok}: there are none. */
    public record Validation(boolean ok, List<RowProblem> problems) {
    }

    /**
     * A batch as the page follows it: {@code source} is the uploaded file's name only, {@code percent}
     * its progress (from the job while it runs), {@code job} the platform job while it is known.
     */
    public record BatchView(long id, long fondsId, String source, String status, boolean finished, int percent, int rows,
                            int taken, List<RowProblem> problems, Instant startedAt, Instant finishedAt, JobInfo job) {
    }

    private final DigitisationService digitisation;
    private final JobService jobs;
    private final BatchUploads uploads;
    private final long maxBytes;

    @Activate
    public DigitisationResource(@Reference DigitisationService digitisation, @Reference JobService jobs,
                                @Reference BatchUploads uploads, RestConfig config) {
        this.digitisation = digitisation;
        this.jobs = jobs;
        this.uploads = uploads;
        this.maxBytes = config.maxBatchMegabytes() * 1024L * 1024L;
    }

    @POST
    @javax.ws.rs.Path("digitisation/validate")
    @Consumes(MediaType.WILDCARD)
    public Validation validate(@QueryParam("fondsId") String fondsId, InputStream body,
                               @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName) {
        long fonds = Params.requiredLong(fondsId, "fondsId");
        Path zip = uploads.save(body, name(fileName), maxBytes);
        try {
            List<RowProblem> problems = digitisation.validate(fonds, zip);
            return new Validation(problems.isEmpty(), problems);
        } finally {
            uploads.delete(zip);
        }
    }

    @POST
    @javax.ws.rs.Path("digitisation/batches")
    @Consumes(MediaType.WILDCARD)
    public Response start(@QueryParam("fondsId") String fondsId, InputStream body,
                          @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName) {
        long fonds = Params.requiredLong(fondsId, "fondsId");
        Path zip = uploads.save(body, name(fileName), maxBytes);
        Batch b;
        try {
            b = digitisation.start(fonds, zip);
        } catch (RuntimeException e) {
            uploads.delete(zip);
            throw e;
        }
        uploads.started(b.id(), zip);
        return Response.status(Response.Status.ACCEPTED).location(URI.create("archives/digitisation/batches/" + b.id()))
                .entity(view(b)).build();
    }

    @GET
    @javax.ws.rs.Path("digitisation/batches")
    public List<BatchView> batches() {
        return digitisation.batches().stream().map(this::view).toList();
    }

    @GET
    @javax.ws.rs.Path("digitisation/batches/{id: \\d+}")
    public BatchView batch(@PathParam("id") long id) {
        return view(digitisation.batch(id));
    }

    private static String name(String header) {
        return header == null || header.isBlank() ? "batch.zip" : Uploads.fileName(header);
    }

    private BatchView view(Batch b) {
        JobInfo job = b.jobId() == null ? null : jobs.find(b.jobId()).orElse(null);
        boolean finished = FINISHED.contains(b.status());
        int percent;
        if (finished) {
            percent = 100;
        } else if (job != null && job.total() > 0) {
            percent = (int) Math.min(99, job.done() * 100 / job.total());
        } else {
            percent = 0;
        }
        String source = b.source() == null ? null : Path.of(b.source()).getFileName().toString();
        return new BatchView(b.id(), b.fondsId(), source, b.status(), finished, percent, b.rows(), b.taken(), b.problems(),
                b.startedAt(), b.finishedAt(), job);
    }
}
