package vn.cchc.report.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.report.Samples;

class ContentHashTest {

    private final ReportContent content = ReportAssembler.withNarrative(
            ReportAssembler.assemble(Samples.badinhQ1Header(), Samples.badinhTasks(), Samples.badinhEvaluation()),
            new Narrative("Chỉ đạo", Map.of("PROCEDURES", "Thủ tục", "INSTITUTIONS", "Thể chế"), null, null, null, null, null));

    @Test
    void theSameContentAlwaysHashesTheSame() {
        String h = ContentHash.sha256(content);
        assertEquals(64, h.length());
        assertEquals(h, ContentHash.sha256(ContentHash.read(ContentHash.canonicalJson(content))));
    }

    @Test
    void keyOrderAndWhiteSpaceOfTheStoredJsonDoNotMatter() throws Exception {
        // jsonb gives keys back in its own order and adds spaces: reverse every object's keys to simulate it
        ObjectMapper m = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode tree = m.readTree(ContentHash.canonicalJson(content));
        String shuffled = m.writerWithDefaultPrettyPrinter().writeValueAsString(reverse(tree));
        assertNotEquals(ContentHash.canonicalJson(content), shuffled);
        assertEquals(ContentHash.sha256(content), ContentHash.sha256(ContentHash.read(shuffled)));
        // decimals written differently but equal in plain notation hash alike
        assertTrue(shuffled.contains("99.1667"));
        assertEquals(ContentHash.sha256(content), ContentHash.sha256(ContentHash.read(shuffled.replace("\"threshold\" : 86", "\"threshold\" : 8.6E1"))));
    }

    @Test
    void anyChangeChangesTheHash() {
        ReportContent edited = ReportAssembler.withNarrative(content, new Narrative("Chỉ đạo.", Map.of(), null, null, null, null, null));
        assertNotEquals(ContentHash.sha256(content), ContentHash.sha256(edited));
    }

    private static JsonNode reverse(JsonNode n) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            ObjectNode out = new ObjectMapper().createObjectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                out.set(fields.get(i).getKey(), reverse(fields.get(i).getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            var out = new ObjectMapper().createArrayNode();
            n.forEach(x -> out.add(reverse(x)));
            return out;
        }
        return n;
    }
}
