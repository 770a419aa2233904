package org.partyoffice.archives.rest.internal;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.FixityService;
import org.partyoffice.archives.api.FixityService.FixityFailure;
import org.partyoffice.archives.api.FixityService.FixityReport;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.WebConstants;

/**
 * The fixity report: {@code GET /api/archives/fixity} is the last sweep's; {@code POST /api/archives/fixity/run}
 * starts a sweep as a platform job (re-hashing every file takes minutes in a large archive, longer
 * than an HTTP request should wait) and answers 202 with the job to follow at {@code /api/jobs/{id}}.
 */
@Component(service = FixityResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class FixityResource {

    /** The last sweep ({@code ran} false and no figures when none ran yet). */
    public record Status(boolean ran, Long id, Instant startedAt, Instant finishedAt, long checked, long bytes, boolean passed,
                         List<FixityFailure> failures) {
        static Status of(FixityReport r) {
            return new Status(true, r.id(), r.startedAt(), r.finishedAt(), r.checked(), r.bytes(), r.passed(), r.failures());
        }

        static Status none() {
            return new Status(false, null, null, null, 0, 0, true, List.of());
        }
    }

    private final FixityService fixity;
    private final JobService jobs;
    private final CurrentUser user;

    @Activate
    public FixityResource(@Reference FixityService fixity, @Reference JobService jobs, @Reference CurrentUser user) {
        this.fixity = fixity;
        this.jobs = jobs;
        this.user = user;
    }

    @GET
    @Path("fixity")
    public Status latest() {
        return fixity.latest().map(Status::of).orElseGet(Status::none);
    }

    @POST
    @Path("fixity/run")
    public Response run() {
        // refused here with 403 rather than inside the job, where the caller would only see a failed job
        user.requireAnyRole(Roles.ARCHIVIST, Roles.ADMIN);
        JobInfo job = jobs.submit("archives", "Kiểm tra toàn vẹn kho lưu trữ", context -> {
            FixityReport r = fixity.sweep();
            return r.checked() + " files checked, " + r.failures().size() + " failed";
        });
        return Response.accepted(job).build();
    }
}
