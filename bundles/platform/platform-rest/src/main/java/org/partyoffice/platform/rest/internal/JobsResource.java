package org.partyoffice.platform.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.WebConstants;

/** Platform jobs: {@code /api/jobs}. Everyone sees their own jobs; administrators see all. */
@Component(service = JobsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public final class JobsResource {

    private final JobService jobs;
    private final CurrentUser user;

    @Activate
    public JobsResource(@Reference JobService jobs, @Reference CurrentUser user) {
        this.jobs = jobs;
        this.user = user;
    }

    @GET
    public List<JobInfo> list() {
        return jobs.list().stream().filter(this::visible).toList();
    }

    @GET
    @Path("{id}")
    public JobInfo get(@PathParam("id") String id) {
        return jobs.find(id).filter(this::visible).orElseThrow(() -> new EntityNotFoundException("job", id, "id"));
    }

    @POST
    @Path("{id}/cancel")
    public Map<String, Object> cancel(@PathParam("id") String id) {
        get(id);
        return Map.of("id", id, "cancelled", jobs.cancel(id));
    }

    private boolean visible(JobInfo job) {
        return job.owner().equals(user.login()) || user.hasRole(Roles.ADMIN) || user.hasRole(Roles.IT_ADMIN);
    }
}
