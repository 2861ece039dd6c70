package vn.cchc.plan.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.plan.task.TaskRepository;
import vn.cchc.plan.unit.NewOrgUnit;
import vn.cchc.plan.unit.OrgUnitService;

/**
 * Loads the same demo data as {@code deploy/local/up} once per test run: the demo units (with
 * aliases) and the three transcribed 2026 plans.
 */
@ApplicationScoped
public class DemoData {

    static final Path DEMO = Path.of("..", "deploy", "demo");
    static final Caller ADMIN = new Caller("admin", "admin", null, Set.of(Role.ADMIN));

    private final OrgUnitService units;
    private final PlanImporter importer;
    private final TaskRepository tasks;
    private final ObjectMapper json;
    private Map<String, Long> planIds;

    public DemoData(OrgUnitService units, PlanImporter importer, TaskRepository tasks, ObjectMapper json) {
        this.units = units;
        this.importer = importer;
        this.tasks = tasks;
        this.json = json;
    }

    /**
     * @param planId a plan
     * @param ref    a task ref in it
     * @return the task's id, looked up without any caller's restrictions
     */
    public long taskId(long planId, String ref) {
        return tasks.find("plan.id = ?1 and ref = ?2", planId, ref).singleResult().id;
    }

    /** @return plan ids by unit code, loading the data on first call */
    public synchronized Map<String, Long> load() throws IOException {
        if (planIds != null) {
            return planIds;
        }
        try (Stream<String> lines = Files.lines(DEMO.resolve("units.jsonl"))) {
            for (String line : lines.filter(l -> l.startsWith("{")).toList()) {
                units.create(ADMIN, json.readValue(line, NewOrgUnit.class));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (String unit : List.of("HN", "HN-BADINH", "HP-HAIDUONG")) {
            ids.put(unit, importer.importPlan(ADMIN, document(unit), false).planId());
        }
        planIds = Map.copyOf(ids);
        return planIds;
    }

    /**
     * @param unit HN, HN-BADINH or HP-HAIDUONG
     * @return the transcribed plan document
     */
    public PlanDocument document(String unit) throws IOException {
        return json.readValue(DEMO.resolve("plans/" + unit + "-2026.json").toFile(), PlanDocument.class);
    }
}
