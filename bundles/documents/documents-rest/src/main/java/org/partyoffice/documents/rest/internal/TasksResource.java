package org.partyoffice.documents.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.partyoffice.documents.api.Task;
import org.partyoffice.documents.api.TaskReport;
import org.partyoffice.documents.api.TaskService;
import org.partyoffice.documents.api.TaskPage;
import org.partyoffice.documents.api.TaskStatus;
import org.partyoffice.documents.api.TaskView;
import org.partyoffice.platform.api.WebConstants;

/** Tasks documents assign, and their progress reports. */
@Component(service = TasksResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class TasksResource {

    /** A task for a unit with its deadline (ISO date). */
    public record TaskBody(Long unitId, String title, String deadline) {
    }

    /** Progress: OPEN, IN_PROGRESS or DONE, a percentage, a comment. */
    public record ReportBody(String status, Integer percent, String comment) {
    }

    private final TaskService tasks;

    @Activate
    public TasksResource(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    /** The page as a JSON array (as before offsets existed) and the total in {@value Params#TOTAL_COUNT_HEADER}. */
    @GET
    @Path("tasks")
    public Response list(@QueryParam("documentId") String documentId, @QueryParam("unitId") String unitId,
                         @QueryParam("subunits") String subunits, @QueryParam("overdue") String overdue,
                         @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        TaskPage page = tasks.page(new TaskView(Params.optionalLong(documentId, "documentId"),
                Params.optionalLong(unitId, "unitId"), Params.flag(subunits, "subunits", false),
                Params.flag(overdue, "overdue", false), Params.integer(limit, "limit", 100, 1, 1000)),
                Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE));
        return Response.ok(page.items()).header(Params.TOTAL_COUNT_HEADER, page.total()).build();
    }

    @POST
    @Path("{id: \\d+}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long documentId, TaskBody body) {
        TaskBody b = Params.required(body, "body");
        Task t = tasks.assign(documentId, Params.required(b.unitId(), "unitId"), b.title(), Params.date(b.deadline(), "deadline"));
        return Response.created(URI.create("documents/tasks/" + t.id())).entity(t).build();
    }

    @POST
    @Path("tasks/{id: \\d+}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Task report(@PathParam("id") long taskId, ReportBody body) {
        ReportBody b = Params.required(body, "status");
        return tasks.report(taskId, Params.required(Params.enumValue(TaskStatus.class, b.status(), "status"), "status"),
                Params.required(b.percent(), "percent"), b.comment(), null);
    }

    @GET
    @Path("tasks/{id: \\d+}/reports")
    public List<TaskReport> reports(@PathParam("id") long taskId) {
        return tasks.reports(taskId);
    }
}
