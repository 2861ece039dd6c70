package vn.cchc.report.feed;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.report.content.ContentHash;

/**
 * The pull API of city systems (hệ thống của Thành phố): released report versions with ETag and 304,
 * and bulk export. Full snapshots are at {@code GET /api/v1/reports/{id}/versions/{n}}.
 */
@Path("/api/v1/reports/released")
@Tag(name = "Reports pull API", description = "Approved and sent reports for city systems (client city-portal, role integration)")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class FeedResource {

    /** Media type of JSON Lines. */
    public static final String JSON_LINES = "application/jsonl";

    private final FeedService service;
    private final CurrentCaller caller;

    public FeedResource(FeedService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approved and sent report versions under a parent, changed since a time (báo cáo đã phê duyệt)",
            description = "Only approved and sent versions, for every caller. The ETag is the SHA-256 of the answer: send it back in "
                    + "If-None-Match and get 304 Not Modified while nothing changed. Pass latest as the next updatedSince.")
    @APIResponse(responseCode = "200", description = "The released versions")
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent")
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    public Response list(@Parameter(description = "Parent unit code", example = "HN", required = true) @QueryParam("parent") String parent,
                         @Parameter(description = "Period code", example = "2026-Q1") @QueryParam("period") String period,
                         @Parameter(description = "Regime id") @QueryParam("regime") Long regime,
                         @Parameter(description = "Only versions whose state changed strictly after this instant (ISO-8601)",
                                 example = "2026-03-18T00:00:00Z") @QueryParam("updatedSince") Instant updatedSince,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReleasedPage page = service.released(caller.get(), parent, regime, period, updatedSince, false);
        EntityTag tag = new EntityTag(sha256(ContentHash.toJson(page)));
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(page).tag(tag).build();
    }

    @GET
    @Path("export")
    @Produces({JSON_LINES, "text/csv"})
    @Operation(summary = "Bulk export of the released versions of a period under a parent: JSON Lines (full snapshots) or CSV (headline numbers)",
            description = "format=jsonl: one ReleasedReport with its content per line. format=csv: one row per report (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "The export")
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    public Response export(@Parameter(description = "Parent unit code", example = "HN", required = true) @QueryParam("parent") String parent,
                           @Parameter(description = "Period code", example = "2026-Q1", required = true) @QueryParam("period") String period,
                           @Parameter(description = "Regime id") @QueryParam("regime") Long regime,
                           @Parameter(description = "jsonl or csv") @QueryParam("format") @DefaultValue("jsonl") String format) {
        if (period == null || period.isBlank()) {
            throw ProblemException.invalid("period", "must not be blank");
        }
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw ProblemException.invalid("format", "must be jsonl or csv");
        };
        ReleasedPage page = service.released(caller.get(), parent, regime, period, null, true);
        StreamingOutput out = os -> {
            if (csv) {
                FeedService.writeCsv(page, os);
            } else {
                FeedService.writeJsonLines(page, os);
            }
        };
        String name = "bao-cao-" + parent + "-" + period + (csv ? ".csv" : ".jsonl");
        return Response.ok(out, csv ? "text/csv; charset=UTF-8" : JSON_LINES + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        for (String t : ifNoneMatch.split(",")) {
            String v = t.strip().replaceFirst("^W/", "").replace("\"", "");
            if (v.equals("*") || v.equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
