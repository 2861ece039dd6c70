package vn.cchc.plan.exchange;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import vn.cchc.common.problem.Problem;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.plan.exchange.table.TableFormat;
import vn.cchc.plan.exchange.table.TaskTable;
import vn.cchc.plan.exchange.table.TaskTableReader;
import vn.cchc.plan.exchange.table.TaskTableWriter;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanAccess;

/** Whole plans in and out: import (all-or-nothing, with dry run), export, revisions, reading as of a date. */
@Path("/api/v1/plans")
@Tag(name = "Plan import and export", description = "Whole plans in the cchc-plan/1 format (nhập, xuất kế hoạch), revisions")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlanExchangeResource {

    private final PlanImporter importer;
    private final PlanCascade cascade;
    private final TaskEditor editor;
    private final PlanExporter exporter;
    private final PlanRevisions revisions;
    private final PlanAccess access;
    private final CurrentCaller caller;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public PlanExchangeResource(PlanImporter importer, PlanCascade cascade, TaskEditor editor, PlanExporter exporter, PlanRevisions revisions,
                                PlanAccess access, CurrentCaller caller, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.importer = importer;
        this.cascade = cascade;
        this.editor = editor;
        this.exporter = exporter;
        this.revisions = revisions;
        this.access = access;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Import a whole plan (cchc-plan/1)",
            description = "All-or-nothing: any invalid field rejects the whole document with every error listed. "
                    + "dryRun=true checks and reports what would be created without writing anything.")
    @APIResponse(responseCode = "201", description = "Imported; the report lists flagged targets, unread deadlines, unmatched unit names",
            headers = @Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what would be created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a plan for that year")
    @APIResponse(responseCode = "422", description = "Invalid document; errors per JSON path")
    public Response importPlan(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, PlanDocument doc) {
        ImportReport r = importer.importPlan(caller.get(), doc, dryRun);
        return dryRun ? Response.ok(r).build()
                : Response.created(URI.create("/api/v1/plans/" + r.planId())).entity(r).build();
    }

    /**
     * Body of a cascade.
     *
     * @param unitCode        the unit whose plan is created, below the plan's unit
     * @param title           its title; default: the parent's title and the unit code
     * @param obligationsOnly copy only the tasks that fall on the unit's class ("UBND các xã, phường"…)
     */
    public record CascadeRequest(
            @NotBlank @Size(max = 64) @Schema(example = "HN-DANHOA") String unitCode,
            @Size(max = 1000) @Schema(example = "Kế hoạch Cải cách hành chính nhà nước năm 2026 của xã Dân Hòa") String title,
            @Schema(description = "Copy only the city's obligations on this class of units; default false") Boolean obligationsOnly) {
    }

    @POST
    @Path("{id}/cascade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Create a unit's draft plan from this plan (cụ thể hóa kế hoạch cấp trên)",
            description = "Targets and tasks are copied with links to their origin, then adapted by the unit.")
    @APIResponse(responseCode = "201", description = "Created; the report lists what was copied",
            headers = @Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what would be copied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public Response cascade(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                            @NotNull @Valid CascadeRequest body) {
        ImportReport r = cascade.cascade(caller.get(), id, body.unitCode(), body.title(), Boolean.TRUE.equals(body.obligationsOnly()), dryRun);
        return dryRun ? Response.ok(r).build()
                : Response.created(URI.create("/api/v1/plans/" + r.planId())).entity(r).build();
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Add one task to a plan (bổ sung nhiệm vụ)", description = "The task's group must exist; its ref must be new.")
    @APIResponse(responseCode = "201", description = "The new task",
            headers = {@Header(name = "Location", description = "URL of the new task", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version (phiên bản) of the task, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = vn.cchc.plan.task.TaskView.class)))
    public Response addTask(@PathParam("id") long id, @NotNull PlanDocument.TaskDoc body) {
        var t = editor.create(caller.get(), id, body);
        return Response.created(URI.create("/api/v1/tasks/" + t.id())).entity(t)
                .tag(vn.cchc.common.api.ETags.of(t.version())).build();
    }

    /** Media type of an XLSX workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Path("{id}/tasks/import")
    @Consumes({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Add the tasks of a task table (CSV or XLSX, appendix layout) to a plan",
            description = "Columns TT, Nhiệm vụ, Sản phẩm, Lãnh đạo chủ trì, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, "
                    + "in any order; section rows (I, II…) set the group. All-or-nothing: any bad row rejects the file with "
                    + "every row, column and reason. dryRun=true reports what would be added.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what would be added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Bad rows, each as 'row N, column' with the reason")
    public Response importTable(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, java.io.InputStream body) {
        TableFormat format = contentType != null && contentType.startsWith(XLSX) ? TableFormat.XLSX : TableFormat.CSV;
        TaskTable table = TaskTableReader.read(body, format, TaskTableReader.DEFAULT_MAX_BYTES);
        if (!table.ok()) {
            List<Problem.FieldError> errors = table.errors().stream()
                    .map(e -> new Problem.FieldError("row " + e.row() + (e.column() == null ? "" : ", " + e.column()), e.reason()))
                    .toList();
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.size() + " problem(s) in the task table; nothing was imported", errors);
        }
        ImportReport r = importer.appendTasks(caller.get(), id, table.groups(), table.tasks(), dryRun);
        return dryRun ? Response.ok(r).build() : Response.status(Response.Status.CREATED).entity(r).build();
    }

    @GET
    @Path("{id}/tasks/export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "The plan's task table as CSV or XLSX (appendix layout)")
    @APIResponse(responseCode = "200", description = "The task table (bảng nhiệm vụ) as a file to download",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"nhiem-vu-<unit>-<year>.csv|xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportTable(@PathParam("id") long id,
                                @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("xlsx") String format) {
        Plan plan = access.readable(caller.get(), id);
        TableFormat f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> TableFormat.CSV;
            case "xlsx" -> TableFormat.XLSX;
            default -> throw ProblemException.invalid("format", "must be csv or xlsx");
        };
        PlanDocument doc = exporter.export(plan);
        jakarta.ws.rs.core.StreamingOutput out = os -> TaskTableWriter.write(doc.groups(), doc.tasks(), f, os);
        String name = "nhiem-vu-" + plan.unit.code + "-" + plan.year + "." + f.extension();
        return Response.ok(out, f.mediaType()).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Export a whole plan (cchc-plan/1), as it is now or as of a date",
            description = "The export re-imports to an equal plan. With asOf, the revision in force at the end of that day.")
    public PlanDocument export(@PathParam("id") long id,
                               @Parameter(description = "Read the plan as it stood at the end of this day (ISO date)") @QueryParam("asOf") LocalDate asOf) {
        Plan p = access.readable(caller.get(), id);
        if (asOf == null) {
            return exporter.export(p);
        }
        var at = asOf.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        var rev = revisions.asOf(id, at).orElseThrow(
                () -> ProblemException.notFound("Plan " + id + " did not exist yet on " + asOf));
        try {
            return json.readValue(rev.document, PlanDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored revision is not readable", e);
        }
    }

    /**
     * @param revision number, from 1
     * @param at       when
     * @param actor    who
     * @param reason   why
     */
    public record RevisionView(int revision, java.time.Instant at, String actor, String reason) {
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Revisions of a plan (các lần điều chỉnh), oldest first")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        access.readable(caller.get(), id);
        return revisions.of(id).stream().map(r -> new RevisionView(r.revision, r.at, r.actor, r.reason)).toList();
    }
}
