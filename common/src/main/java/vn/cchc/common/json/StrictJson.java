package vn.cchc.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are read strictly, so that a mistake is refused (400 with the field) instead of
 * being stored as something else: no number or boolean where text is expected ({@code "code": 123}),
 * no fraction where a whole number is expected ({@code "year": 2026.7}), no unknown or duplicate
 * fields, nothing after the JSON value, and no text PostgreSQL cannot store or that is not valid
 * Unicode (NUL characters, unpaired surrogates).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("cchc-strict-text").addDeserializer(String.class, new SafeText()));
    }

    /**
     * @param s a string
     * @return the reason it cannot be stored as text, or null when it can
     */
    public static String unsafeReason(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return "contains an unpaired surrogate (not valid Unicode)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not valid Unicode)";
            }
        }
        return null;
    }

    /** Text fields: as Jackson reads them, refused when {@link #unsafeReason} finds a problem. */
    static final class SafeText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String s = super.deserialize(p, ctx);
            String reason = s == null ? null : unsafeReason(s);
            if (reason != null) {
                throw InvalidFormatException.from(p, "text " + reason, s, String.class);
            }
            return s;
        }
    }
}
