package vn.cchc.kpi.sipas;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.kpi.csv.CsvTable;
import vn.cchc.kpi.sipas.SipasApi.BatchResult;
import vn.cchc.kpi.sipas.SipasApi.NewPublished;
import vn.cchc.kpi.sipas.SipasApi.NewResponse;
import vn.cchc.kpi.sipas.SipasApi.NewSurvey;
import vn.cchc.kpi.sipas.SipasApi.PublishedView;
import vn.cchc.kpi.sipas.SipasApi.Results;
import vn.cchc.kpi.sipas.SipasApi.SampleSize;
import vn.cchc.kpi.sipas.SipasApi.SurveyView;

/**
 * REST resource of SIPAS (Chỉ số hài lòng về sự phục vụ hành chính): survey definitions, anonymous
 * responses, the sample-size helper, computed results and the officially published values. Thin:
 * rules live in {@link SurveyService}, {@link ResponseService}, {@link SipasResultService} and
 * {@link SipasCalculator}.
 */
@Path("/api/v1/sipas")
@Tag(name = "SIPAS", description = "Satisfaction Index of Public Administrative Services (Chỉ số hài lòng về sự phục vụ hành chính): surveys, "
        + "responses, results, published values")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SipasResource {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final SipasResultService results;
    private final CurrentCaller caller;

    public SipasResource(SurveyService surveys, ResponseService responses, SipasResultService results, CurrentCaller caller) {
        this.surveys = surveys;
        this.responses = responses;
        this.results = results;
        this.caller = caller;
    }

    /** @return every survey definition */
    @GET
    @Path("surveys")
    @Operation(summary = "List the survey definitions (bộ câu hỏi khảo sát)", description = "Shared by every unit; SIPAS-TTHC is shipped as the default.")
    public List<SurveyView> listSurveys() {
        return surveys.list();
    }

    /**
     * @param code survey code
     * @return the definition
     */
    @GET
    @Path("surveys/{code}")
    @Operation(summary = "Read a survey definition")
    @APIResponse(responseCode = "404", description = "No such definition")
    public SurveyView getSurvey(@Parameter(example = "SIPAS-TTHC") @PathParam("code") String code) {
        return surveys.get(code);
    }

    /**
     * @param body the definition
     * @return 201 with it
     */
    @POST
    @Path("surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Create a survey definition for a sector (supervisor, admin)",
            description = "Elements among ACCESS (tiếp cận dịch vụ), PROCEDURES (thủ tục hành chính), OFFICIALS (công chức trực tiếp giải quyết), "
                    + "RESULTS (kết quả dịch vụ), FEEDBACK (tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị), each once, each with questions "
                    + "answered on the 5-level scale. A definition never changes once created.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response createSurvey(@NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Health", value = SipasExamples.NEW_SURVEY)))
                                 NewSurvey body) {
        SurveyView s = surveys.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/sipas/surveys/" + s.code())).entity(s).build();
    }

    /**
     * @param code   survey code
     * @param dryRun check only
     * @param body   questionnaires
     * @return 201 or 200 on a dry run
     */
    @POST
    @Path("surveys/{code}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Record anonymous questionnaires (JSON array), all or nothing",
            description = "From any channel (kiosk, web, paper, phone…). Officers and leaders record their own unit's, supervisors their subtree's; "
                    + "integration accounts only read. No personal data: unknown fields (a name, a phone number) are refused with 400 and there is no "
                    + "free text. Any bad row rejects the batch: 403 listing rows of units you may not write, else 422 with [i].field "
                    + "(levels 1..5, known question codes, a period that has started). At most 5000.")
    @APIResponse(responseCode = "200", description = "Dry run: all rows valid, nothing written")
    @APIResponse(responseCode = "201", description = "All written")
    @APIResponse(responseCode = "403", description = "Some rows name units you may not write; nothing written")
    @APIResponse(responseCode = "404", description = "No such survey definition")
    @APIResponse(responseCode = "422", description = "Some rows are invalid; nothing written")
    public Response postJson(@PathParam("code") String code,
                             @Parameter(description = "Check only (kiểm tra thử)") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                             @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Two questionnaires", value = SipasExamples.RESPONSES_JSON)))
                             List<NewResponse> body) {
        List<ResponseService.Row> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) == null) {
                new FieldErrors().add("[" + i + "]", "must be an object, not null").throwIfAny();
            }
            rows.add(new ResponseService.Row("[" + i + "].", body.get(i)));
        }
        return answer(responses.ingest(caller.get(), code, rows, dryRun));
    }

    /**
     * @param code   survey code
     * @param dryRun check only
     * @param csv    the file
     * @return 201 or 200 on a dry run
     */
    @POST
    @Path("surveys/{code}/responses")
    @Consumes("text/csv")
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Record anonymous questionnaires (CSV), all or nothing",
            description = "Header unit,period,channel,onlineService and the survey's question codes, any order; one questionnaire per line, a level "
                    + "1..5 per question, empty = unanswered. Any other column is refused (no personal data). Errors name line[N].column (header = line 1).")
    @APIResponse(responseCode = "200", description = "Dry run")
    @APIResponse(responseCode = "201", description = "All written")
    @APIResponse(responseCode = "403", description = "Some rows name units you may not write; nothing written")
    @APIResponse(responseCode = "422", description = "Bad header or rows; nothing written")
    public Response postCsv(@PathParam("code") String code, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                            @NotNull @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two questionnaires",
                                    value = SipasExamples.RESPONSES_CSV))) byte[] body) {
        return answer(responses.ingestCsv(caller.get(), code, CsvTable.utf8(body), dryRun));
    }

    /**
     * @param population N
     * @param margin     e
     * @return n
     */
    @GET
    @Path("sample-size")
    @Operation(summary = "Sample size (cỡ mẫu): n = N ÷ (1 + N·e²), rounded up",
            description = "N = people served in the period, e = margin of error (default 0.05). E.g. N = 10000, e = 0.05 → 385.")
    @APIResponse(responseCode = "422", description = "population below 1 or margin outside (0, 1)")
    public SampleSize sampleSize(@Parameter(description = "N, people served (số lượt phục vụ)", example = "10000") @QueryParam("population") Long population,
                                 @Parameter(description = "e, margin of error (sai số); 0.05 when absent", example = "0.05") @QueryParam("margin") BigDecimal margin) {
        FieldErrors errors = new FieldErrors();
        if (margin == null) {
            margin = new BigDecimal("0.05");
        }
        if (population == null || population < 1) {
            errors.add("population", "is required, at least 1");
        }
        if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
            errors.add("margin", "must be between 0 and 1 (exclusive), e.g. 0.05");
        }
        errors.throwIfAny();
        return new SampleSize(population, margin, SipasCalculator.sampleSize(population, margin));
    }

    /**
     * @param unit          unit
     * @param period        period
     * @param survey        only this definition
     * @param formula       formula override
     * @param satisfiedFrom threshold override
     * @param rollup        pool the direct children in
     * @return the results
     */
    @GET
    @Path("results")
    @Operation(summary = "SIPAS results of a unit for a period (kết quả đo lường sự hài lòng)",
            description = "Per question: the rate (THRESHOLD: share of answers at level ≥ satisfiedFrom, default 4 = Hài lòng, Rất hài lòng; "
                    + "MEAN_SCORE: (mean level − 1) ÷ 4 × 100); per element: the mean of its questions; overall: the mean of the elements. "
                    + "Responses whose period lies inside the asked period count (a year takes its quarters and months). rollup=true pools the "
                    + "direct children's responses in (ratio of summed counts, never a mean of the units' rates) and lists each unit's own value. "
                    + "onlineServices: the same over respondents who used an online public service (plans target ≥ 90 %). official = the "
                    + "published value of the year when stored, else computed.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Ba Đình 2026", value = SipasExamples.RESULTS)))
    @APIResponse(responseCode = "404", description = "The unit is not visible to you, or no such survey")
    @APIResponse(responseCode = "422", description = "Missing unit or period, bad period or satisfiedFrom")
    public Results results(@Parameter(example = "HN-BADINH", required = true) @QueryParam("unit") String unit,
                           @Parameter(example = "2026", required = true) @QueryParam("period") String period,
                           @Parameter(description = "Only this survey definition") @QueryParam("survey") String survey,
                           @Parameter(description = "Formula; default from configuration (cchc.sipas.formula)") @QueryParam("formula") Formula formula,
                           @Parameter(description = "Lowest satisfied level 2..5; default cchc.sipas.satisfied-from (4)") @QueryParam("satisfiedFrom") Integer satisfiedFrom,
                           @Parameter(description = "Pool the direct children's responses in") @QueryParam("rollup") @DefaultValue("false") boolean rollup) {
        return results.results(caller.get(), unit, period, survey, formula, satisfiedFrom, rollup);
    }

    /**
     * @param unit unit
     * @param year year
     * @return the published values
     */
    @GET
    @Path("published")
    @Operation(summary = "The officially published SIPAS values of a unit (giá trị công bố chính thức)")
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    public List<PublishedView> published(@Parameter(example = "HN", required = true) @QueryParam("unit") String unit,
                                         @Parameter(example = "2026") @QueryParam("year") Integer year) {
        return results.published(caller.get(), unit, year);
    }

    /**
     * @param unit      unit
     * @param year      year
     * @param indicator SIPAS or DVC_ONLINE_SATISFACTION
     * @param ifMatch   current version to replace
     * @param body      the value
     * @return the stored value with its version as ETag
     */
    @PUT
    @Path("published/{unit}/{year}/{indicator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Store the officially published value (supervisor above the unit, admin)",
            description = "The published value is the authoritative one: target evaluation and rankings use it instead of the computed value. "
                    + "Replacing needs If-Match (missing 428, stale 412).")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "403", description = "Not a supervisor above the unit")
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "422", description = "Value outside 0–100, unknown indicator, future year or date")
    public Response publish(@PathParam("unit") String unit, @PathParam("year") int year,
                            @Parameter(description = "SIPAS or DVC_ONLINE_SATISFACTION") @PathParam("indicator") String indicator,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull NewPublished body) {
        PublishedView p = results.publish(caller.get(), unit, year, indicator, ifMatch, body);
        return Response.ok(p).tag(ETags.of(p.version())).build();
    }

    private static Response answer(BatchResult r) {
        return Response.status(r.dryRun() ? 200 : 201).entity(r).build();
    }
}
