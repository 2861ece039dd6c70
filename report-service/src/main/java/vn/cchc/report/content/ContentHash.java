package vn.cchc.report.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical JSON of a {@link ReportContent} and its SHA-256 (plain Java; {@code ContentHashTest}).
 * Canonical: properties in alphabetical order at every level, map entries by key, ISO dates and
 * instants, decimals in plain notation, no white space. The same content always gives the same bytes, so a
 * snapshot read back from the database (where jsonb reorders keys) hashes to the hash stored at submit.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentHash() {
    }

    /**
     * @param content the content
     * @return its canonical JSON
     */
    public static String canonicalJson(ReportContent content) {
        try {
            return CANONICAL.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report content did not serialise", e);
        }
    }

    /**
     * @param value any value of the content model ({@link Narrative}…)
     * @return its canonical JSON
     */
    public static String toJson(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report value did not serialise", e);
        }
    }

    /**
     * @param json JSON as stored
     * @param type the type to read
     * @param <T>  the type
     * @return the value
     */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return CANONICAL.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report value did not read back", e);
        }
    }

    /**
     * @param json JSON of a content, as stored
     * @return the content
     */
    public static ReportContent read(String json) {
        try {
            return CANONICAL.readValue(json, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report content did not read back", e);
        }
    }

    /**
     * @param content the content
     * @return lower-case hex SHA-256 of its canonical JSON in UTF-8
     */
    public static String sha256(ReportContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
