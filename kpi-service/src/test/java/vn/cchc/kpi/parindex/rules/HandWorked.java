package vn.cchc.kpi.parindex.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import vn.cchc.kpi.parindex.model.FrameworkDocument;

/**
 * The hand-worked example shared by the rule tests: the 20-point ward framework of
 * {@code parindex/hand-worked-framework.json} (3 areas, a bonus leaf) and Ba Đình's scores.
 */
final class HandWorked {

    private HandWorked() {
    }

    static String json() {
        try (InputStream in = HandWorked.class.getResourceAsStream("/parindex/hand-worked-framework.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FrameworkDocument framework() {
        try {
            return new ObjectMapper().readValue(json(), FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LayerInput value(String code, String value) {
        return new LayerInput(code, new BigDecimal(value), null, null, null, null);
    }

    static LayerInput score(String code, String score) {
        return new LayerInput(code, null, new BigDecimal(score), null, null, null);
    }

    static LayerInput notApplicable(String code) {
        return new LayerInput(code, null, null, true, null, null);
    }

    /** Ba Đình's self-assessment. */
    static List<LayerInput> badinhSelf() {
        return List.of(
                new LayerInput("1.1", BigDecimal.ONE, null, null, List.of("KH 12/KH-UBND ngày 10/01/2025"), null),
                value("1.2.1", "95"), notApplicable("1.2.2"), value("2.1", "90"), value("2.2", "1"), score("B1", "0.5"));
    }
}
