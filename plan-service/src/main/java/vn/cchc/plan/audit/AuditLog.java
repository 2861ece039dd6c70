package vn.cchc.plan.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.cchc.common.security.Caller;
import vn.cchc.plan.unit.OrgUnit;

/**
 * Writes audit entries inside the caller's transaction, so an entry exists exactly when the change
 * it describes was committed.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param caller     who
     * @param action     what was done, e.g. {@code PROGRESS}
     * @param objectType UNIT, PLAN, TARGET or TASK
     * @param objectId   the object's id
     * @param unit       the unit owning the object
     * @param before     the object's view before, or null for a creation
     * @param after      the object's view after
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String objectType, long objectId, OrgUnit unit,
                       Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.at = Instant.now();
        e.actor = caller.username() == null ? "system" : caller.username();
        e.actorUnit = caller.unitCode();
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.unit = unit;
        e.before = toJson(before);
        e.after = toJson(after);
        persist(e);
    }

    private String toJson(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise audit state", ex);
        }
    }
}
