package vn.cchc.plan.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every structured (non-flagged) target of the three 2026 seed plans ({@code deploy/demo/plans/*.json},
 * as {@code up} loads them) gets, for each of its measures, an indicator code that exists in
 * kpi-service's catalogue, read from its seed migrations (V2, V4, V12); the nine codes V4 added are all
 * used.
 */
class SeedIndicatorMappingTest {

    private static final Path REPO = Path.of("..");
    private static final List<String> PLANS = List.of("HN-2026.json", "HN-BADINH-2026.json", "HP-HAIDUONG-2026.json");
    private static final Pattern CODE = Pattern.compile("nextval\\('indicator_seq'\\),\\s*'([A-Z0-9_]+)'");

    private static Set<String> codesOf(String migration) throws IOException {
        Matcher m = CODE.matcher(Files.readString(REPO.resolve("kpi-service/src/main/resources/db/migration/" + migration)));
        Set<String> codes = new TreeSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void everyStructuredSeedTargetMapsToACatalogueIndicator() throws IOException {
        Set<String> v4 = codesOf("V4__seed_more_indicators.sql");
        assertEquals(9, v4.size(), "V4 seeds nine indicators");
        Set<String> catalogue = new TreeSet<>(codesOf("V2__seed_indicators.sql"));
        catalogue.addAll(v4);
        catalogue.addAll(codesOf("V12__seed_plan_indicators.sql"));
        List<String> missing = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        int structured = 0;
        for (String plan : PLANS) {
            JsonNode root = new ObjectMapper().readTree(REPO.resolve("deploy/demo/plans/" + plan).toFile());
            for (JsonNode t : root.get("targets")) {
                List<TargetMeasure> measures = TargetSentenceParser.parse(t.get("text").asText());
                if (measures.isEmpty()) {
                    continue; // flagged: left for a person, nothing to map
                }
                structured++;
                for (TargetMeasure m : measures) {
                    if (m.indicatorCode() == null || !catalogue.contains(m.indicatorCode())) {
                        missing.add(plan + " " + t.get("ref").asText() + " → " + m.indicatorCode() + ": " + m.clause());
                    } else {
                        used.add(m.indicatorCode());
                    }
                }
            }
        }
        assertTrue(structured > 60, "the seed plans have structured targets: " + structured);
        assertEquals(List.of(), missing, "measures without a catalogue indicator");
        Set<String> unusedV4 = new TreeSet<>(v4);
        unusedV4.removeAll(used);
        assertEquals(Set.of(), unusedV4, "every indicator V4 added measures some seed target");
    }
}
