package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;

/** The batch evaluation written unit by unit is byte for byte what the application's mapper writes for the whole view. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class WrittenBatchTest {

    @Inject
    ObjectMapper json;

    private String written(BatchEvaluationView view) throws Exception {
        ObjectWriter unitWriter = json.writerFor(BatchEvaluationView.UnitEvaluations.class);
        WrittenBatch w = WrittenBatch.of(json, new BatchEvaluationView(view.parent(), view.year(), view.window(), List.of()),
                view.units().stream().map(u -> WrittenBatch.write(unitWriter, u)).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BatchEvaluationView.UnitEvaluations unit(String code, String name, int targets) {
        EvaluationView.Summary counts = new EvaluationView.Summary(targets, targets, 0, 0, 0, 0, 0, targets,
                targets == 0 ? BigDecimal.ZERO : new BigDecimal("100.0000"));
        List<BatchEvaluationView.TargetVerdict> verdicts = java.util.stream.IntStream.range(0, targets).mapToObj(k ->
                new BatchEvaluationView.TargetVerdict(100 + k, 7, "T" + k, k == 0 ? null : "3", k == 0 ? null : "PROCEDURES", false,
                        List.of(new BatchEvaluationView.MeasureVerdict("TTHC_ON_TIME", "AT_LEAST", new BigDecimal("100"), "PERCENT",
                                EvaluationStatus.MET, new BigDecimal("100.0000"), new BigDecimal("2400"), new BigDecimal("2400"),
                                BigDecimal.ZERO, "MEASUREMENTS")))).toList();
        return new BatchEvaluationView.UnitEvaluations(code, name, counts, null, verdicts);
    }

    @Test
    void theSameBytesAsTheWholeView() throws Exception {
        BatchEvaluationView.Window window = new BatchEvaluationView.Window(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14),
                LocalDate.of(2026, 12, 14), false);
        for (BatchEvaluationView view : List.of(
                new BatchEvaluationView("HN", 2026, window, List.of(unit("HN", "Thành phố Hà Nội", 0),
                        unit("HN-BADINH", "Phường Ba Đình", 2), unit("HN-LONGBIEN", null, 1))),
                new BatchEvaluationView(null, 2026, window, List.of(unit("HN-BADINH", "Phường Ba Đình", 1))),
                new BatchEvaluationView("HN", 2026, window, List.of()))) {
            assertEquals(json.writeValueAsString(view), written(view));
        }
    }
}
