package vn.cchc.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.cchc.report.event.ReportSent;

/** Records every {@link ReportSent} as the delivery outbox would observe it (test stand-in). */
@ApplicationScoped
public class SentEvents {

    private final List<ReportSent> seen = new CopyOnWriteArrayList<>();

    /** @return the events seen, in order (a method: fields of a client proxy are not the bean's) */
    public List<ReportSent> seen() {
        return seen;
    }

    void on(@Observes ReportSent e) {
        seen.add(e);
    }
}
