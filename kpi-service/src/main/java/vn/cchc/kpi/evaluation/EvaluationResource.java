package vn.cchc.kpi.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.kpi.Examples;

/**
 * REST resource of target evaluation (đánh giá chỉ tiêu). Read-only; a caller reads the units it may
 * read, exactly as for {@code GET /api/v1/values}.
 */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Evaluation of the plans' targets (đánh giá chỉ tiêu): đạt / không đạt / có nguy cơ không đạt / chưa có số liệu")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;
    private final CurrentCaller caller;

    public EvaluationResource(EvaluationService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param unit unit code
     * @param year plan year
     * @param asOf evaluation day, default today
     * @param from first day of the year-to-date window, default 1 January
     * @return the unit's targets judged
     */
    @GET
    @Operation(summary = "Evaluate a unit's targets for a year (đánh giá chỉ tiêu)",
            description = "Reads the targets of the unit's plans for the year from plan-service (with your token) and judges each measure that "
                    + "has an indicator against the indicator's year-to-date value, computed as GET /api/v1/values over [from, asOf]. "
                    + "Status: MET (đạt), NOT_MET (không đạt), AT_RISK (có nguy cơ không đạt), ON_TRACK (đúng tiến độ: a count not reached "
                    + "yet but projected to be), NO_DATA (chưa có số liệu), NOT_EVALUABLE (không đánh giá được: TOP_GROUP, no indicator, "
                    + "flagged target, unit mismatch — with the reason). At-risk rule: while the year is not over, a level (percent, ratio, "
                    + "score, index, rank) short of its threshold is AT_RISK and becomes NOT_MET only at the year end; a count is projected "
                    + "linearly (year-to-date × days in year ÷ days elapsed): AT_LEAST with the projection below the threshold is AT_RISK, "
                    + "AT_MOST with the projection above it is AT_RISK, a count already over an AT_MOST limit is NOT_MET. Changes "
                    + "(REDUCE_BY/INCREASE_BY_AT_LEAST) compare with the same window of the baseline year. gap = value − threshold "
                    + "(negative = short of an AT_LEAST target). trend: the value per quarter (per month for MONTH indicators) so far.")
    @APIResponse(responseCode = "200", description = "Every target with its measures judged, and a summary per status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class), examples = @ExampleObject(name = "Ba Đình, mid-year 2026", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "422", description = "Missing unit or year; asOf in the future or before the year; from outside 1/12 of the previous year..1/1")
    @APIResponse(responseCode = "503", description = "plan-service, which keeps the units and the targets, did not answer")
    public EvaluationView evaluate(
            @Parameter(description = "Org unit code (mã đơn vị)", example = "HN-BADINH", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Plan year (năm kế hoạch)", example = "2026", required = true) @QueryParam("year") Integer year,
            @Parameter(description = "Evaluation day (ngày đánh giá); default today (Vietnam time); never after today; a day after the year end "
                    + "evaluates the year end", example = "2026-06-14") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First day of the year-to-date window; default 1 January; the reporting regime's year starts on 15 December "
                    + "of the previous year (then the year ends on 14 December and the trend follows the cut-off quarters)",
                    example = "2025-12-15") @QueryParam("from") LocalDate from) {
        return service.evaluate(caller.get(), unit, year, asOf, from);
    }

    /**
     * @param parent parent unit code; absent for every unit the caller reads
     * @param year   plan year
     * @param asOf   evaluation day
     * @param from   first day of the year-to-date window
     * @param detail how much of each target to answer
     * @return every unit of the subtree with its targets judged: a {@link BatchEvaluationView}, written as JSON
     */
    @GET
    @Path("units")
    @Operation(summary = "Evaluate the targets of every unit of a subtree, or of the country, in one request (đánh giá chỉ tiêu các đơn vị trực thuộc)",
            description = "The parent and every unit below it that you see, in tree order, each with counts per status and its targets judged "
                    + "exactly as GET /api/v1/evaluations judges them (same rules). Without parent: every unit you read (the whole country for an "
                    + "admin or a national integration account). One read of the units and one of the targets from plan-service, one query for "
                    + "all measurements. detail: FULL (default) gives each target as GET /api/v1/evaluations does (sentence, reason, trend; about "
                    + "1.7 kB per target), COMPACT only its verdicts (indicator, threshold, status, value, numerator, denominator, gap), COUNTS "
                    + "only the counts per unit. Shape: {parent, year, window{from, to, yearEnd, yearOver}, units:[{unit, name, counts{total, "
                    + "met, notMet, atRisk, onTrack, noData, notEvaluable, evaluable, attainmentRate}, evaluations:[…] (FULL) | verdicts:[…] "
                    + "(COMPACT)}]}.")
    @APIResponse(responseCode = "200", description = "Every unit of the subtree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchEvaluationView.class), examples = @ExampleObject(name = "Hà Nội, mid-year 2026", value = EvaluationExamples.BATCH_EVALUATION)))
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    @APIResponse(responseCode = "422", description = "Missing year; asOf in the future; from outside 1/12 of the previous year..1/1")
    @APIResponse(responseCode = "503", description = "plan-service did not answer")
    public Response evaluateUnits(
            @Parameter(description = "Parent unit code (mã đơn vị cấp trên); absent: every unit you read", example = "HN") @QueryParam("parent") String parent,
            @Parameter(description = "Plan year (năm kế hoạch)", example = "2026", required = true) @QueryParam("year") Integer year,
            @Parameter(description = "Evaluation day; default today", example = "2026-06-14") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First day of the year-to-date window; default 1 January", example = "2025-12-15") @QueryParam("from") LocalDate from,
            @Parameter(description = "FULL (default), COMPACT or COUNTS: how much of each target to answer") @QueryParam("detail") EvaluationDetail detail) {
        // written unit by unit on the evaluation's threads; the same bytes as the BatchEvaluationView
        return Response.ok(service.evaluateSubtreeWritten(caller.get(), parent, year, asOf, from, detail), MediaType.APPLICATION_JSON).build();
    }
}
