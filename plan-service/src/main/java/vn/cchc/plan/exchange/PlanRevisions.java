package vn.cchc.plan.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.cchc.common.security.Caller;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanRevision;

/**
 * Keeps every version of a plan: after each change the whole plan is stored as a {@link PlanDocument},
 * numbered from 1, so it can be read as it stood on any date.
 */
@ApplicationScoped
public class PlanRevisions implements PanacheRepository<PlanRevision> {

    private final PlanExporter exporter;
    private final ObjectMapper json;

    public PlanRevisions(PlanExporter exporter, ObjectMapper json) {
        this.exporter = exporter;
        this.json = json;
    }

    /**
     * Stores the plan's current state as its next revision (in the caller's transaction).
     *
     * @param caller who changed it
     * @param plan   the plan, flushed
     * @param reason why (lý do điều chỉnh), may be null
     * @return the new revision number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Caller caller, Plan plan, String reason) {
        int last = find("plan.id", Sort.descending("revision"), plan.id).firstResultOptional()
                .map(r -> r.revision).orElse(0);
        PlanRevision r = new PlanRevision();
        r.plan = plan;
        r.revision = last + 1;
        r.at = Instant.now();
        r.actor = caller.username() == null ? "system" : caller.username();
        r.reason = reason;
        try {
            r.document = json.writeValueAsString(exporter.export(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise plan revision", e);
        }
        persist(r);
        return r.revision;
    }

    /** @return the plan's revisions, oldest first */
    public List<PlanRevision> of(long planId) {
        return list("plan.id", Sort.by("revision"), planId);
    }

    /**
     * @param planId plan id
     * @param at     the moment asked for
     * @return the revision in force at that moment, if the plan existed then
     */
    public Optional<PlanRevision> asOf(long planId, Instant at) {
        return find("plan.id = ?1 and at <= ?2", Sort.descending("revision"), planId, at).firstResultOptional();
    }
}
