package vn.cchc.plan.area;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of reform areas (lĩnh vực CCHC). */
@Path("/api/v1/areas")
@Tag(name = "Reform areas", description = "The seven reform areas (lĩnh vực cải cách hành chính)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    /**
     * One reform area.
     *
     * @param code   stable code, e.g. PROCEDURES
     * @param number 1..7, the order plans use
     * @param nameVi Vietnamese name
     * @param nameEn English name
     */
    @Schema(name = "ReformArea", description = "A reform area (lĩnh vực CCHC)")
    public record AreaView(
            @Schema(example = "PROCEDURES") String code,
            @Schema(example = "3") int number,
            @Schema(example = "Cải cách thủ tục hành chính") String nameVi,
            @Schema(example = "Administrative procedure reform, one-stop shops") String nameEn) {
    }

    @GET
    @Operation(summary = "List the seven reform areas, in plan order")
    public List<AreaView> list() {
        return Arrays.stream(ReformArea.values())
                .map(a -> new AreaView(a.name(), a.number(), a.nameVi(), a.nameEn()))
                .toList();
    }
}
