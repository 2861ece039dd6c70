package vn.cchc.kpi.measurement;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.kpi.Examples;
import vn.cchc.kpi.csv.CsvTable;

/**
 * REST resource of measurements (số liệu). Thin: rules live in {@link MeasurementService} and
 * {@link MeasurementRules}. Every authenticated caller reads the units it may see; officers, leaders,
 * supervisors and admins write (integration accounts only read).
 */
@Path("/api/v1/measurements")
@Tag(name = "Measurements", description = "Measured values of indicators (số liệu chỉ tiêu) per unit and period, with their history of corrections")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    /** Media type of CSV batches. */
    public static final String TEXT_CSV = "text/csv";

    private static final String ECHO_DESCRIPTION = "What the answer lists besides the counts: none (default) or rows, every revision written "
            + "in batch order (trả lại từng bản ghi; about 2 MB for 5000 rows)";

    private final MeasurementService service;
    private final MeasurementBulk bulk;
    private final CurrentCaller caller;

    public MeasurementResource(MeasurementService service, MeasurementBulk bulk, CurrentCaller caller) {
        this.bulk = bulk;
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param unit      unit code, required
     * @param indicator indicator code, optional
     * @param period    period label, optional
     * @param from      only windows ending on or after this day
     * @param to        only windows starting on or before this day
     * @param history   include superseded revisions
     * @param paging    page and size
     * @return a page of measurements
     */
    @GET
    @Operation(summary = "List a unit's measurements",
            description = "Current values only unless history=true. from/to select the measurements whose window overlaps [from, to]. "
                    + "Sorted by indicator code, newest window first, then revision (newest first).")
    @APIResponse(responseCode = "200", description = "A page of measurements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Ba Đình, on-time dossiers", value = Examples.MEASUREMENT_PAGE)))
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "422", description = "unit missing, unknown indicator or bad period")
    public Page<MeasurementView> list(
            @Parameter(description = "Org unit code (mã đơn vị), required", example = "HN-BADINH") @QueryParam("unit") String unit,
            @Parameter(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") @QueryParam("indicator") String indicator,
            @Parameter(description = "Period label (kỳ số liệu)", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "Only windows ending on or after this day", example = "2025-12-15") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only windows starting on or before this day", example = "2026-06-14") @QueryParam("to") LocalDate to,
            @Parameter(description = "Include superseded revisions (lịch sử sửa đổi)") @QueryParam("history") @DefaultValue("false") boolean history,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), unit, indicator, period, from, to, history, paging.page(), paging.size());
    }

    /**
     * @param id measurement id
     * @return that revision, with its revision as ETag
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read one measurement revision")
    @APIResponse(responseCode = "200", description = "The revision; ETag carries its revision number",
            headers = @Header(name = "ETag", description = "Revision number (số lần sửa đổi) of the value, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementView.class),
                    examples = @ExampleObject(name = "Q1, on-time dossiers", value = Examples.MEASUREMENT_Q1)))
    @APIResponse(responseCode = "404", description = "No such measurement, or its unit is not visible to you")
    public Response get(@Parameter(description = "Measurement id") @PathParam("id") long id) {
        MeasurementView m = service.get(caller.get(), id);
        return Response.ok(m).tag(ETags.of(m.revision())).build();
    }

    /**
     * @param id     id of any revision
     * @param paging page and size
     * @return every revision of the same unit, indicator and period, newest first
     */
    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of a value (lịch sử sửa đổi)",
            description = "All revisions of the same unit, indicator and period, newest first; the superseded ones have current = false.")
    @APIResponse(responseCode = "200", description = "A page of revisions")
    @APIResponse(responseCode = "404", description = "No such measurement, or its unit is not visible to you")
    public Page<MeasurementView> history(@Parameter(description = "Id of any revision") @PathParam("id") long id,
                                         @BeanParam @Valid PageRequest paging) {
        return service.history(caller.get(), id, paging.page(), paging.size());
    }

    /**
     * @param ifMatch the current revision, needed to correct an existing value
     * @param body    the value
     * @return 201 with the new revision, its location and ETag
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Record a value, or correct the current one",
            description = "The first value of a unit, indicator and period is revision 1. Writing the same unit, indicator and period again "
                    + "is a correction (đính chính): it needs If-Match with the current revision (missing: 428; stale: 412), adds revision + 1 "
                    + "and keeps the previous one as history. Officers and leaders write their own unit, supervisors their subtree.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the revision",
            headers = {@Header(name = "Location", description = "URL of the new revision", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Revision number (số lần sửa đổi) of the value, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementView.class),
                    examples = @ExampleObject(name = "Q1, on-time dossiers", value = Examples.MEASUREMENT_Q1)))
    @APIResponse(responseCode = "403", description = "You may not write this unit's data (integration accounts never write)")
    @APIResponse(responseCode = "409", description = "Someone recorded the same value at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision, or there is no value to correct")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors: unit not visible, unknown indicator, period of the wrong type, "
            + "window in the future or not fitting the period, percent outside 0–100, denominator 0, numerator above denominator, negative count")
    @APIResponse(responseCode = "428", description = "The value exists: a correction needs If-Match")
    public Response record(@Parameter(description = "Current revision (ETag), to correct an existing value") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @RequestBody(content = @Content(examples = {
                                   @ExampleObject(name = "Ratio, cut-off window of Q1", value = Examples.NEW_MEASUREMENT_RATIO),
                                   @ExampleObject(name = "Count for the year", value = Examples.NEW_MEASUREMENT_COUNT)}))
                           NewMeasurement body) {
        MeasurementView m = service.record(caller.get(), body, ifMatch);
        return Response.created(URI.create("/api/v1/measurements/" + m.id())).entity(m).tag(ETags.of(m.revision())).build();
    }

    /**
     * @param dryRun    check only
     * @param supersede let rows correct current values
     * @param echo      {@code rows} to list every revision written, else counts only
     * @param body      the rows
     * @return 201 with what was written, or 200 on a dry run
     */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Record many values at once (JSON array), all or nothing",
            description = "Any bad row rejects the whole batch and nothing is written: 403 listing the rows of units you may not write, "
                    + "else 422 with every error as [index].field (index from 0). A row repeating an earlier row's unit, indicator and period is an error; "
                    + "so is a row whose value already exists, unless supersede=true (then it is a correction, history kept). "
                    + "dryRun=true checks and counts without writing. Default source IMPORT; at most 5000 rows. The answer counts the rows "
                    + "(created, corrected, written); echo=rows also lists every revision written, in batch order.")
    @APIResponse(responseCode = "200", description = "Dry run: all rows valid, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "201", description = "All rows written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "403", description = "Some rows name units you may not write; nothing written")
    @APIResponse(responseCode = "422", description = "Some rows are invalid, or echo is neither none nor rows; nothing written")
    public Response bulkJson(@Parameter(description = "Check only, write nothing (kiểm tra thử)") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                             @Parameter(description = "Let rows correct existing values (history kept)") @QueryParam("supersede") @DefaultValue("false") boolean supersede,
                             @Parameter(description = ECHO_DESCRIPTION, schema = @Schema(enumeration = {"none", "rows"}, defaultValue = "none"))
                             @QueryParam("echo") String echo,
                             @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "A ward and a commune, Q1", value = Examples.BULK_JSON)))
                             List<NewMeasurement> body) {
        boolean rowsEchoed = echoRows(echo);
        List<MeasurementService.Row> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            NewMeasurement m = body.get(i);
            if (m == null) {
                new FieldErrors().add("[" + i + "]", "must be an object, not null").throwIfAny();
            }
            rows.add(new MeasurementService.Row("[" + i + "].", Function.identity(), m));
        }
        return bulkAnswer(bulk.bulk(caller.get(), rows, MeasurementSource.IMPORT, dryRun, supersede, rowsEchoed));
    }

    /**
     * @param dryRun    check only
     * @param supersede let rows correct current values
     * @param echo      {@code rows} to list every revision written, else counts only
     * @param csv       the file
     * @return 201 with what was written, or 200 on a dry run
     */
    @POST
    @Path("bulk")
    @Consumes(TEXT_CSV)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Record many values at once (CSV file), all or nothing",
            description = "UTF-8, comma separated, RFC 4180 quotes, header unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note "
                    + "(unit, indicator, period required; any order). Decimal point, ISO dates, empty cell = absent. Errors name line[N].column, "
                    + "the header being line 1. Same rules, dryRun, supersede and echo as the JSON form; source IMPORT.")
    @APIResponse(responseCode = "200", description = "Dry run: all rows valid, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "201", description = "All rows written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "403", description = "Some rows name units you may not write; nothing written")
    @APIResponse(responseCode = "422", description = "Bad header or rows, or echo is neither none nor rows; nothing written")
    public Response bulkCsv(@Parameter(description = "Check only, write nothing (kiểm tra thử)") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                            @Parameter(description = "Let rows correct existing values (history kept)") @QueryParam("supersede") @DefaultValue("false") boolean supersede,
                            @Parameter(description = ECHO_DESCRIPTION, schema = @Schema(enumeration = {"none", "rows"}, defaultValue = "none"))
                            @QueryParam("echo") String echo,
                            @NotNull @RequestBody(content = @Content(mediaType = TEXT_CSV, examples = @ExampleObject(name = "A ward and a commune, Q1", value = Examples.BULK_CSV)))
                            byte[] body) {
        boolean rowsEchoed = echoRows(echo);
        String csv = CsvTable.utf8(body);
        FieldErrors errors = new FieldErrors();
        List<MeasurementCsv.Line> lines = MeasurementCsv.parse(csv, errors);
        errors.throwIfAny();
        Function<String, String> column = f -> MeasurementCsv.COLUMN_OF.getOrDefault(f, f);
        List<MeasurementService.Row> rows = lines.stream()
                .map(l -> new MeasurementService.Row("line[" + l.line() + "].", column, l.m())).toList();
        return bulkAnswer(bulk.bulk(caller.get(), rows, MeasurementSource.IMPORT, dryRun, supersede, rowsEchoed));
    }

    /**
     * @param echo the {@code echo} query parameter
     * @return true for {@code rows}, false when absent or {@code none}
     * @throws vn.cchc.common.problem.ProblemException 422 on {@code echo} for any other value
     */
    static boolean echoRows(String echo) {
        if (echo == null || echo.isBlank() || echo.equals("none")) {
            return false;
        }
        if (echo.equals("rows")) {
            return true;
        }
        new FieldErrors().add("echo", "must be none or rows, not " + echo).throwIfAny();
        return false;
    }

    private static Response bulkAnswer(BulkResult r) {
        return Response.status(r.dryRun() ? 200 : 201).entity(r).build();
    }
}
