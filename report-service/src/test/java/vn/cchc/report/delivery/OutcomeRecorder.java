package vn.cchc.report.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.cchc.report.event.DeliveryOutcome;

/** Stands in for the report life cycle's observer of {@link DeliveryOutcome}: remembers every event fired. */
@ApplicationScoped
public class OutcomeRecorder {

    final List<DeliveryOutcome> seen = new CopyOnWriteArrayList<>();

    void on(@Observes DeliveryOutcome outcome) {
        seen.add(outcome);
    }

    /** @return the outcomes fired for that report version */
    List<DeliveryOutcome> of(long reportId, int version) {
        return seen.stream().filter(o -> o.reportId() == reportId && o.version() == version).toList();
    }
}
