package vn.cchc.plan.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/targets/{id}}: the structured form a supervisor sets for a target,
 * replacing what the parser proposed. An empty list leaves the target flagged (not measurable).
 *
 * @param measures the measures, each with comparator, value, unit and indicator code
 * @param reason   why (kept with the plan revision)
 */
@Schema(name = "TargetChange", description = "Structured form of a target (chỉ tiêu), set by hand")
public record TargetChange(
        @NotNull @Size(max = 20) List<@NotNull @Valid TargetMeasure> measures,
        @Size(max = 1000) String reason) {
}
