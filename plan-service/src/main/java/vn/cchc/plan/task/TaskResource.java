package vn.cchc.plan.task;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.plan.exchange.TaskEditor;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.area.ReformArea;

/** Tasks (nhiệm vụ) and their progress reports. */
@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks of plans (nhiệm vụ, giải pháp) and progress (tiến độ)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService service;
    private final TaskEditor editor;
    private final TaskSummaryService summaries;
    private final CurrentCaller caller;

    public TaskResource(TaskService service, TaskEditor editor, TaskSummaryService summaries, CurrentCaller caller) {
        this.service = service;
        this.editor = editor;
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search tasks in your subtree",
            description = "All filters are optional. `unit` may repeat to read many wards' tasks in one call (batch read for reports).")
    public Page<TaskView> search(
            @Parameter(description = "Plan id") @QueryParam("plan") Long plan,
            @Parameter(description = "Unit code(s) of the plans (đơn vị); repeatable", example = "HN-BADINH") @QueryParam("unit") @Size(max = 500) List<String> units,
            @Parameter(description = "Plan year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Reform area (lĩnh vực)") @QueryParam("area") ReformArea area,
            @Parameter(description = "Status") @QueryParam("status") TaskStatus status,
            @Parameter(description = "true: only tasks past due and not done (quá hạn); false: only the others") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only tasks not done and due within this many days (sắp đến hạn)", example = "14") @QueryParam("dueWithin") @Min(0) @Max(366) Integer dueWithin,
            @Parameter(description = "Due on or before (ISO date)", example = "2026-03-31") @QueryParam("dueBefore") LocalDate dueBefore,
            @Parameter(description = "Due on or after (ISO date)") @QueryParam("dueAfter") LocalDate dueAfter,
            @Parameter(description = "Lead unit code (cơ quan chủ trì)", example = "HN-BADINH-VHXH") @QueryParam("lead") String lead,
            @Parameter(description = "Text in the title, with or without diacritics", example = "tuyen truyen") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "dueDate, -dueDate, progress, -progress, updatedAt, -updatedAt; default: document order") @QueryParam("sort") @jakarta.validation.constraints.Pattern(regexp = "-?(dueDate|progress|updatedAt)",
                    message = "must be dueDate, progress or updatedAt, with - for descending") String sort,
            @BeanParam @Valid PageRequest paging) {
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        TaskFilter f = new TaskFilter(plan, units, year, area, status, overdue, dueWithin, dueBefore, dueAfter, lead, folded, sort);
        return service.search(caller.get(), f, paging.page(), paging.size());
    }

    @GET
    @Path("summary")
    @Operation(summary = "Task counts per unit and reform area as of a day (tổng hợp tình hình thực hiện nhiệm vụ)",
            description = "Every plan of the year in the parent's subtree (the parent's own included), counted per unit and area: "
                    + "total, done, inProgress, notStarted, cancelled, overdue. A task's status on the day is that of its latest "
                    + "progress report dated on or before it (not started when none is; the stored status when it never had one); "
                    + "overdue = due on or before the day and not done or cancelled then. One call for a whole city (batch read "
                    + "for reports); tasks=true also lists each task (for one ward's report).")
    @APIResponse(responseCode = "200", description = "Counts per unit")
    @APIResponse(responseCode = "404", description = "The parent unit is not in your subtree")
    @APIResponse(responseCode = "422", description = "asOf after today, or too many tasks to list")
    public TaskSummaryView summary(
            @Parameter(description = "Parent unit code (đơn vị cấp trên); its own plan counts too", example = "HN", required = true)
            @QueryParam("parent") @NotNull String parent,
            @Parameter(description = "Plan year", example = "2026", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Take statuses at the end of this day, e.g. the cut-off end (ISO date; default today)", example = "2026-03-14")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Also list each task with its status then") @QueryParam("tasks") @DefaultValue("false") boolean tasks) {
        return summaries.summary(caller.get(), parent, year, asOf, tasks);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a task")
    @APIResponse(responseCode = "200", description = "The task; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the task, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task in your subtree")
    public Response get(@PathParam("id") long id) {
        TaskView t = service.get(caller.get(), id);
        return Response.ok(t).tag(ETags.of(t.version())).build();
    }

    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress on a task",
            description = "Needs If-Match with the task's ETag. Who reports: officers and leaders of the plan's unit or of a "
                    + "lead unit of the task, supervisors over the plan's unit, admins; never integration accounts. "
                    + "NOT_STARTED means 0% and DONE 100%. The history is kept.")
    @APIResponse(responseCode = "200", description = "The task after the report",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the task, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "412", description = "The task changed since you read it")
    public Response report(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ProgressReport body) {
        TaskView t = service.report(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(t).tag(ETags.of(t.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Change a task as the adjusted plan states it (điều chỉnh nhiệm vụ)",
            description = "Needs If-Match. The body is the whole task as it now stands: number, title, leader, outputs and "
                    + "assignments are all replaced (a field left out is cleared); deadlines are re-read; audited and kept as a plan revision.")
    @APIResponse(responseCode = "200", description = "The task as changed",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the task, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "412", description = "The task changed since you read it")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TaskChange body) {
        TaskView t = editor.update(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(t).tag(ETags.of(t.version())).build();
    }

    @GET
    @Path("{id}/updates")
    @Operation(summary = "Progress history of a task, newest first")
    public List<TaskUpdateView> updates(@PathParam("id") long id) {
        return service.updates(caller.get(), id);
    }
}
