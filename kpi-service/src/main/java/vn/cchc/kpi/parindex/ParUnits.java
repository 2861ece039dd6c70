package vn.cchc.kpi.parindex;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.unit.PlanServiceCalls;

/**
 * Units with their level, asked of plan-service with the caller's token: 404 means "not visible to
 * this caller" and is returned as empty; plan-service unreachable or failing is a 503 problem.
 */
@ApplicationScoped
public class ParUnits {

    private final UnitLevelDirectory directory;

    public ParUnits(@RestClient UnitLevelDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param code unit code
     * @return the unit, empty when the caller may not see it (or it does not exist)
     * @throws ProblemException 503 when plan-service cannot answer
     */
    public Optional<UnitLevelDirectory.Unit> visible(String code) {
        return PlanServiceCalls.guarded("unit " + code, "the unit registry", Optional.empty(), () -> {
            UnitLevelDirectory.Unit u = directory.get(code);
            if (u == null || u.path() == null || u.path().isEmpty()) {
                throw PlanServiceCalls.unavailable("plan-service returned unit " + code + " without its path");
            }
            return Optional.of(u);
        });
    }
}
