package vn.cchc.report.export;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.report.document.DocumentFormat;
import vn.cchc.report.document.RenderedDocument;

/**
 * Reports as documents: DOCX in the layout of Nghị định 30/2020/NĐ-CP, XLSX of the appendix tables,
 * PDF. Who may read the report (or version, or consolidated view) may download it; nothing else.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Periodic CCHC reports (báo cáo định kỳ)")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class ExportResource {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";

    private final ExportService service;
    private final CurrentCaller caller;

    public ExportResource(ExportService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("{id}/document")
    @Produces({DOCX, XLSX, PDF})
    @Operation(summary = "The report as a document (văn bản báo cáo)",
            description = "The current content (a draft's numbers as last assembled) laid out per Nghị định 30/2020 in the outline of "
                    + "Công văn 4625/BNV-CCHC, with the chart of target attainment per reform area and the target table as the appendix.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such report visible to you")
    public Response current(@PathParam("id") long id, @Parameter(description = "docx, xlsx or pdf") @QueryParam("format")
                            @DefaultValue("docx") String format) {
        return download(service.current(caller.get(), id, DocumentFormat.parse(format)));
    }

    @GET
    @Path("{id}/versions/{number}/document")
    @Produces({DOCX, XLSX, PDF})
    @Operation(summary = "A submitted version as a document", description = "The frozen snapshot, dated the day it was submitted.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such version visible to you")
    public Response version(@PathParam("id") long id, @PathParam("number") @Min(1) @Max(10_000) int number,
                            @Parameter(description = "docx, xlsx or pdf") @QueryParam("format") @DefaultValue("docx") String format) {
        return download(service.version(caller.get(), id, number, DocumentFormat.parse(format)));
    }

    @GET
    @Path("consolidated/document")
    @Produces({DOCX, XLSX, PDF})
    @Operation(summary = "The city's consolidated view as a document",
            description = "Who reported and when, and the ranking chart of the units by share of targets met.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    public Response consolidated(@Parameter(example = "HN", required = true) @QueryParam("parent") String parent,
                                 @Parameter(example = "2026-Q1", required = true) @QueryParam("period") String period,
                                 @QueryParam("regime") Long regime,
                                 @Parameter(description = "docx, xlsx or pdf") @QueryParam("format") @DefaultValue("docx") String format) {
        return download(service.consolidated(caller.get(), parent, regime, period, DocumentFormat.parse(format)));
    }

    private static Response download(RenderedDocument d) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }
}
