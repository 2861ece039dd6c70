package vn.cchc.plan.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audited write as the API returns it.
 *
 * @param at         when
 * @param actor      who, from the token (preferred_username)
 * @param actorUnit  the actor's unit claim
 * @param action     CREATE, UPDATE, IMPORT, PROGRESS…
 * @param objectType UNIT, PLAN, TARGET, TASK
 * @param objectId   the object's id
 * @param before     the object's state before (JSON), absent for a creation
 * @param after      the object's state after (JSON)
 */
@Schema(name = "AuditEntry", description = "An audited change (nhật ký thay đổi): who, when, before and after")
public record AuditView(Instant at, @Schema(example = "badinh.officer") String actor,
                        @Schema(example = "HN-BADINH") String actorUnit, @Schema(example = "PROGRESS") String action,
                        @Schema(example = "TASK") String objectType, long objectId,
                        @JsonRawValue @Schema(implementation = Object.class) String before,
                        @JsonRawValue @Schema(implementation = Object.class) String after) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.at, e.actor, e.actorUnit, e.action, e.objectType, e.objectId, e.before, e.after);
    }
}
