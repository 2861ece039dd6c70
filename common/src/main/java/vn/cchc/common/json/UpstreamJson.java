package vn.cchc.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How a service reads the answers of another of ours (the REST clients' {@code @ClientObjectMapper}):
 * unlike request bodies ({@link StrictJson}), an answer may carry fields this service does not know yet
 * (plan-service adding one must not break kpi-service), and a whole-country answer of tens of megabytes
 * is not checked field by field for repeats, which the sending service's serializer cannot produce.
 * Everything else (types, coercions, text rules) stays as the application's mapper has it.
 */
public final class UpstreamJson {

    private UpstreamJson() {
    }

    /**
     * @param application the application's mapper (Quarkus's, customised by {@link StrictJson})
     * @return a copy for reading upstream answers; the application's mapper is not changed
     */
    public static ObjectMapper reader(ObjectMapper application) {
        ObjectMapper m = application.copy();
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return m;
    }
}
