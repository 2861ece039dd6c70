package vn.cchc.report.report;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.report.Examples;
import vn.cchc.report.content.Narrative;

/**
 * REST resource of periodic reports (báo cáo định kỳ). Thin: rules live in {@link ReportService} and
 * {@link ReportTransitions}. Moves take an optional {@code If-Match} (checked when sent); the narrative
 * needs it.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Periodic CCHC reports (báo cáo CCHC định kỳ): assembly, narrative, submit, approve, return, send, versions")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String MOVE_ERRORS = " 403: wrong role or unit; 404: not visible; 409: not allowed from the current status; 412: stale If-Match.";

    private final ReportService service;
    private final ReportTransitions transitions;
    private final CurrentCaller caller;

    public ReportResource(ReportService service, ReportTransitions transitions, CurrentCaller caller) {
        this.service = service;
        this.transitions = transitions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List reports in your subtree (danh sách báo cáo)", description = "Without content. Integration accounts use /api/v1/reports/released.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<ReportView> list(
            @Parameter(description = "Unit code (đơn vị báo cáo)", example = "HN-BADINH") @QueryParam("unit") String unit,
            @Parameter(description = "Regime id") @QueryParam("regime") Long regime,
            @Parameter(description = "Period code (kỳ báo cáo)", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "Status") @QueryParam("status") ReportStatus status,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), unit, regime, period, status, paging.page(), paging.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a unit's report for a period; its numbers are assembled at once (lập báo cáo)",
            description = "Officer or leader of the unit. Tasks as of the cut-off end come from plan-service, targets judged year-to-date "
                    + "from kpi-service; if either does not answer, 503 naming it and nothing is stored.")
    @APIResponse(responseCode = "201", description = "The draft with its content")
    @APIResponse(responseCode = "403", description = "Not an officer or leader of the unit")
    @APIResponse(responseCode = "409", description = "The unit already has a report for that period")
    @APIResponse(responseCode = "422", description = "The unit does not owe that regime, or no such period")
    @APIResponse(responseCode = "503", description = "plan-service or kpi-service did not answer (named in detail)")
    public Response create(@NotNull @Valid @RequestBody(content = @Content(examples = @ExampleObject(name = "Ba Đình, Q1 2026",
            value = Examples.NEW_REPORT_BADINH_Q1))) NewReport body) {
        ReportView r = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/reports/" + r.id())).entity(r).tag(ETags.of(r.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a report with its current content (numbers and narrative)")
    @APIResponse(responseCode = "404", description = "No such report visible to you")
    public Response get(@PathParam("id") long id) {
        ReportView r = service.get(caller.get(), id);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    @POST
    @Path("{id}/assemble")
    @Operation(summary = "Refresh the draft's numbers from plan-service and kpi-service; the narrative stays (tổng hợp lại số liệu)",
            description = "DRAFT or RETURNED only. 503 naming the source that failed; nothing changes then." + MOVE_ERRORS)
    public Response assemble(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.reassemble(caller.get(), id, optionalVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/narrative")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the officer's parts of the report (phần nội dung do cán bộ soạn)",
            description = "Replaces the whole narrative; needs If-Match. Numbers cannot be written here. DRAFT or RETURNED only." + MOVE_ERRORS)
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response narrative(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull @Valid @RequestBody(content = @Content(examples = @ExampleObject(name = "Ba Đình, Q1 2026",
                                      value = Examples.NARRATIVE_BADINH_Q1))) Narrative body) {
        return ok(service.narrative(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit to the unit's leader (trình): freezes a new version with its SHA-256",
            description = "Officer or leader of the unit; from DRAFT or RETURNED. Timeliness against the due date (Vietnam time)." + MOVE_ERRORS)
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(transitions.act(caller.get(), id, ReportAction.SUBMIT, optionalVersion(ifMatch), null));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve the submitted version (phê duyệt)", description = "Leader of the unit; from SUBMITTED." + MOVE_ERRORS)
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(transitions.act(caller.get(), id, ReportAction.APPROVE, optionalVersion(ifMatch), null));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the submitted version with a reason (trả lại)", description = "Leader of the unit; from SUBMITTED." + MOVE_ERRORS)
    public Response returnReport(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid @RequestBody(content = @Content(examples = @ExampleObject(name = "Trả lại",
                                         value = Examples.RETURN_REASON))) ReturnReason body) {
        return ok(transitions.act(caller.get(), id, ReportAction.RETURN, optionalVersion(ifMatch), body.reason()));
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send the approved version to the regime's portal (gửi báo cáo)",
            description = "Officer or leader of the unit; from APPROVED. Delivery is recorded in the same transaction and happens in the "
                    + "background; its outcome shows in delivery." + MOVE_ERRORS)
    public Response send(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(transitions.act(caller.get(), id, ReportAction.SEND, optionalVersion(ifMatch), null));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "The submitted versions of a report, without content (các phiên bản)")
    public List<ReportVersionView> versions(@PathParam("id") long id) {
        return service.versions(caller.get(), id);
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One frozen version with its content and SHA-256 (bản chụp báo cáo)",
            description = "Integration accounts read approved and sent versions only.")
    @APIResponse(responseCode = "404", description = "No such version visible to you")
    public Response version(@PathParam("id") long id, @PathParam("number") @Min(1) @Max(10_000) int number) {
        ReportVersionView v = service.version(caller.get(), id, number);
        return Response.ok(v).tag(new jakarta.ws.rs.core.EntityTag(v.contentHash())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The report's history: who moved it when, return reasons, delivery outcomes (lịch sử xử lý)")
    public List<ReportEventView> history(@PathParam("id") long id) {
        return service.history(caller.get(), id);
    }

    private static Response ok(ReportView r) {
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.versionFromIfMatch(ifMatch);
    }
}
