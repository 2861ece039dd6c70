package vn.cchc.plan.target;

import jakarta.ws.rs.core.EntityTag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a target digest ({@code GET /api/v1/targets/digest}) holds, in two numbers, read without writing it
 * ({@link TargetRepository#digestFingerprint}): its entity tag lets a reader that keeps the last digest
 * (kpi-service) ask again with {@code If-None-Match} and get {@code 304 Not Modified} while nothing changed.
 *
 * @param count how many targets the digest holds
 * @param hash  the exact sum of a 64-bit hash of each target's digest row
 */
public record DigestFingerprint(long count, BigDecimal hash) {

    /** Changes when the digest's shape or the fingerprint's formula changes, so that no old tag matches. */
    private static final String FORMAT = "targets-digest-1";

    /**
     * @param scopePath the path the caller's digest is cut to (its read scope narrowed to the parent): the
     *                  same content read by a caller of another scope has another tag
     * @param parent    the parent asked for, null for none (it is written in the answer)
     * @param year      plan year
     * @return the strong entity tag of the digest: equal tags, equal bytes
     */
    public EntityTag tag(String scopePath, String parent, int year) {
        String key = String.join("|", FORMAT, scopePath, parent == null ? "" : parent, Integer.toString(year), Long.toString(count),
                hash.toPlainString());
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(sha, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
