package vn.cchc.kpi.parindex;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.kpi.parindex.model.PeerBlock;

/** REST resource of PAR INDEX assessments and rankings; rules in {@link AssessmentService} and {@link AssessmentQueries}. */
@Path("/api/v1/par-index")
@Tag(name = "PAR INDEX assessments", description = "Chấm điểm Chỉ số CCHC: self-assessment, appraisal (thẩm định), survey, index, band, ranking within the peer block, official result")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;
    private final AssessmentQueries queries;
    private final CurrentCaller caller;

    public AssessmentResource(AssessmentService service, AssessmentQueries queries, CurrentCaller caller) {
        this.service = service;
        this.queries = queries;
        this.caller = caller;
    }

    private static Response answer(AssessmentView a) {
        return Response.ok(a).tag(ETags.of(a.version())).build();
    }

    /**
     * @param body unit, index year, framework
     * @return 201 with the new assessment
     */
    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Open the assessment of a unit for an index year",
            description = "The framework must score the unit's peer block (a ward: WARD; a commune or special zone: COMMUNE; a department: DEPARTMENT; "
                    + "a province: PROVINCE), be issued by a unit above it (or be the ministry's province-level index) and apply to the index year. "
                    + "The index year may precede the current year (a ward prepares its 2025 index in 2026). One assessment per unit and year.")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "403", description = "Neither the unit itself nor a supervisor above it")
    @APIResponse(responseCode = "409", description = "The unit already has an assessment for that year")
    @APIResponse(responseCode = "422", description = "Unit not visible, framework of another block or issuer, year outside the framework's or in the future")
    public Response create(@NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Ba Đình 2025", value = ParExamples.NEW_ASSESSMENT)))
                           ParBodies.NewAssessment body) {
        AssessmentView a = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/par-index/assessments/" + a.id())).entity(a).tag(ETags.of(a.version())).build();
    }

    /**
     * @param unit   one unit
     * @param parent every unit directly under it (batch read)
     * @param year   index year
     * @param block  peer block
     * @param detail every leaf and layer
     * @param paging page and size (up to 500)
     * @return a page of assessments with totals
     */
    @GET
    @Path("assessments")
    @Operation(summary = "Assessments of a unit, or of every unit under a parent for a year (batch read)",
            description = "Give unit or parent. With parent, the assessments of the units directly under it (e.g. all wards, communes and departments of HN "
                    + "for 2025) with their computed totals and areas, in one request (size up to 500); detail=true adds every leaf and layer. "
                    + "Only the units you may read are listed.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "422", description = "Neither or both of unit and parent")
    public Page<AssessmentView> list(
            @Parameter(description = "Unit code", example = "HN-BADINH") @QueryParam("unit") String unit,
            @Parameter(description = "Parent unit code: every unit directly under it", example = "HN") @QueryParam("parent") String parent,
            @Parameter(description = "Index year (năm đánh giá)", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Peer block (khối)", example = "WARD") @QueryParam("block") PeerBlock block,
            @Parameter(description = "Every leaf and layer, not only the areas") @QueryParam("detail") @DefaultValue("false") boolean detail,
            @BeanParam @Valid PageRequest paging) {
        List<AssessmentView> all = queries.list(caller.get(), unit, parent, year, block, detail);
        int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
        return new Page<>(all.subList(from, Math.min(from + paging.size(), all.size())), paging.page(), paging.size(), all.size());
    }

    /**
     * @param id assessment id
     * @return the assessment with its totals; ETag = version
     */
    @GET
    @Path("assessments/{id}")
    @Operation(summary = "Read an assessment with its computed totals",
            description = "Per leaf: the self, appraised and survey entries; per node: maximum, applicable maximum, self points and final points; "
                    + "result: points, bonus, total, index = total ÷ applicable maximum × 100, band; the self view; the official result beside it.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Ba Đình 2025", value = ParExamples.ASSESSMENT)))
    @APIResponse(responseCode = "404", description = "No such assessment, or its unit is not visible to you")
    public Response get(@PathParam("id") long id) {
        return answer(service.get(caller.get(), id));
    }

    /**
     * @param id      assessment id
     * @param ifMatch version last read
     * @param body    self-assessed leaves
     * @return the assessment recomputed
     */
    @PUT
    @Path("assessments/{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Put the self-assessment (tự đánh giá, chấm điểm)",
            description = "Replaces the whole self layer. Computed leaves take the declared value (YES_NO 1/0, RATIO and TIERS a percentage, DEDUCTION a count); "
                    + "a leaf whose rule reads an indicator and is sent without value takes the unit's measured value over the index year. MANUAL and "
                    + "bonus leaves take points 0..max. Points above 0 on a leaf requiring evidence need evidence or a note. Only the unit's own staff; "
                    + "closed once the appraisal has begun.")
    @APIResponse(responseCode = "200", description = "Stored and recomputed")
    @APIResponse(responseCode = "403", description = "Not the unit's own staff")
    @APIResponse(responseCode = "404", description = "Not visible to you")
    @APIResponse(responseCode = "409", description = "The appraisal has begun")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "A leaf is invalid (above its maximum, negative, not a leaf, survey leaf…); nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response putSelf(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Ba Đình", value = ParExamples.SELF)))
                            ParBodies.SelfScores body) {
        return answer(service.putSelf(caller.get(), id, ifMatch, body));
    }

    /**
     * @param id      assessment id
     * @param ifMatch version last read
     * @param body    appraised leaves
     * @return the assessment recomputed
     */
    @PUT
    @Path("assessments/{id}/appraisal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Put the appraisal (thẩm định) with the reviewer's comments",
            description = "Replaces the whole appraisal layer; an appraised leaf replaces its self score (its value, points or 'không áp dụng'). "
                    + "Only a supervisor of a unit above (never the unit's own staff) or an administrator.")
    @APIResponse(responseCode = "200", description = "Stored and recomputed")
    @APIResponse(responseCode = "403", description = "The unit itself, or not a supervisor above it")
    @APIResponse(responseCode = "422", description = "A leaf is invalid; nothing changed")
    public Response putAppraisal(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "City appraisal", value = ParExamples.APPRAISAL)))
                                 ParBodies.Appraisal body) {
        return answer(service.putAppraisal(caller.get(), id, ifMatch, body));
    }

    /**
     * @param id      assessment id
     * @param ifMatch version last read
     * @param body    survey leaves
     * @return the assessment recomputed
     */
    @PUT
    @Path("assessments/{id}/survey")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Put the survey scores (điểm điều tra xã hội học)",
            description = "Replaces the points of the SURVEY leaves. Same rights as the appraisal.")
    @APIResponse(responseCode = "200", description = "Stored and recomputed")
    @APIResponse(responseCode = "403", description = "The unit itself, or not a supervisor above it")
    @APIResponse(responseCode = "422", description = "A leaf is invalid; nothing changed")
    public Response putSurvey(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Survey", value = ParExamples.SURVEY)))
                              ParBodies.SurveyScores body) {
        return answer(service.putSurvey(caller.get(), id, ifMatch, body));
    }

    /**
     * @param id      assessment id
     * @param ifMatch version last read
     * @param body    the published result
     * @return the assessment with both results
     */
    @PUT
    @Path("assessments/{id}/official")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Store the officially published result (kết quả công bố) beside the computed one",
            description = "E.g. Hà Nội 91.43% in 2023. The answer shows both and their difference. Same rights as the appraisal.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "422", description = "Index outside 0–100, no source, publication in the future")
    public Response putOfficial(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Hà Nội 2023", value = ParExamples.OFFICIAL)))
                                ParBodies.OfficialResult body) {
        return answer(service.putOfficial(caller.get(), id, ifMatch, body));
    }

    /**
     * @param parent parent unit
     * @param year   index year
     * @param block  peer block
     * @return the ranking
     */
    @GET
    @Path("rankings")
    @Operation(summary = "Rank a peer block under a parent (xếp hạng)",
            description = "All units of the block directly under the parent are ranked by their computed index (wards with wards, communes with communes, "
                    + "departments with departments); equal index at 0.01 → equal rank, the next rank skipped (1, 2, 2, 4). The answer lists the units "
                    + "you may read and says how many were ranked.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Wards of Hà Nội, 2025", value = ParExamples.RANKING)))
    @APIResponse(responseCode = "404", description = "Neither the parent nor any ranked unit is visible to you")
    @APIResponse(responseCode = "422", description = "parent, year or block missing")
    public RankingView ranking(
            @Parameter(description = "Parent unit code", example = "HN") @QueryParam("parent") String parent,
            @Parameter(description = "Index year", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Peer block (khối)", example = "WARD") @QueryParam("block") PeerBlock block) {
        return queries.ranking(caller.get(), parent, year, block);
    }
}
