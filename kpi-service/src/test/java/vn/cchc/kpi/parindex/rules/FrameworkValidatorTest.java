package vn.cchc.kpi.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.FrameworkNode;
import vn.cchc.kpi.parindex.model.RuleType;

/** Structural rules of a framework, and the frameworks shipped by the migrations. */
class FrameworkValidatorTest {

    private static List<String> errors(FrameworkDocument d) {
        List<String> out = new ArrayList<>();
        FrameworkValidator.check(d, (f, m) -> out.add(f + ": " + m));
        return out;
    }

    @Test
    void childrenMaximaMustAddUpCodesBeUniqueAndLeavesCarryRules() throws Exception {
        String json = HandWorked.json()
                // 1.2's children now add up to 3, not 4
                .replace("\"code\": \"1.2.2\", \"name\": \"Kiểm tra CCHC tại các cơ quan trực thuộc\", \"maxPoints\": 2",
                        "\"code\": \"1.2.2\", \"name\": \"Kiểm tra CCHC tại các cơ quan trực thuộc\", \"maxPoints\": 1")
                // 2.2 reuses 2.1's code
                .replace("\"code\": \"2.2\"", "\"code\": \"2.1\"")
                // a deduction without points per unit
                .replace("\"deductionPerUnit\": 1, ", "");
        List<String> e = errors(new ObjectMapper().readValue(json, FrameworkDocument.class));
        assertTrue(e.contains("areas[0].children[1].maxPoints: is 4 but the children's maxima add up to 3"), e.toString());
        assertTrue(e.contains("areas[1].children[1].code: code 2.1 is used twice in the framework"), e.toString());
        assertTrue(e.contains("areas[1].children[1].rule.deductionPerUnit: a DEDUCTION rule needs the points lost per unit, above 0"), e.toString());
        assertEquals(3, e.size(), e.toString());
    }

    @Test
    void tiersBandsAndDepth() throws Exception {
        String json = HandWorked.json()
                .replace("{\"minPercent\": 90, \"share\": 0.5}", "{\"minPercent\": 100, \"share\": 1.5}")
                .replace("{\"code\": \"D\", \"minPercent\": 0, \"name\": \"Nhóm D\"}", "{\"code\": \"C\", \"minPercent\": 60, \"name\": \"Nhóm D\"}");
        List<String> e = errors(new ObjectMapper().readValue(json, FrameworkDocument.class));
        assertTrue(e.contains("areas[0].children[1].children[0].rule.tiers[1].minPercent: tiers go from the highest minimum down, each lower than the one before"), e.toString());
        assertTrue(e.contains("areas[0].children[1].children[0].rule.tiers[1].share: must be between 0 and 1 (share of the maximum)"), e.toString());
        assertTrue(e.contains("bands[3].code: band C is given twice"), e.toString());
        assertTrue(e.contains("bands: one band must start at 0, so that every index falls in a band"), e.toString());
    }

    @Test
    void theBnvProvinceFrameworkShippedByV6IsValidAndAddsUpTo68Plus32() throws Exception {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V6__par_framework_bnv_2024.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\$doc\\$(.*?)\\$doc\\$", Pattern.DOTALL).matcher(sql);
        assertTrue(m.find(), "V6 holds the document between $doc$ quotes");
        FrameworkDocument d = new ObjectMapper().readValue(m.group(1), FrameworkDocument.class);
        assertEquals(List.of(), errors(d));
        assertEquals(8, d.areaList().size());
        assertEquals(0, new BigDecimal("100").compareTo(d.maxPoints()));
        BigDecimal survey = BigDecimal.ZERO;
        BigDecimal results = BigDecimal.ZERO;
        for (FrameworkIndex.Leaf l : new FrameworkIndex(d).leaves()) {
            if (l.node().rule().type() == RuleType.SURVEY) {
                survey = survey.add(l.node().maxPoints());
            } else if (!l.bonus()) {
                results = results.add(l.node().maxPoints());
            }
        }
        // the published facts: 68 points from results, 32 from the sociological survey
        assertEquals(0, new BigDecimal("32").compareTo(survey));
        assertEquals(0, new BigDecimal("68").compareTo(results));
        // every area's name is flagged: the names are an unverified recollection (METHODOLOGY.md C.1)
        for (FrameworkNode area : d.areaList()) {
            assertEquals(Boolean.TRUE, area.assumption(), area.code());
            assertTrue(area.note() != null && !area.note().isBlank(), area.code());
        }
    }
}
