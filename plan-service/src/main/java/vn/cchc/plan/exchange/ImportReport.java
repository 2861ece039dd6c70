package vn.cchc.plan.exchange;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;

/**
 * What an import created (or, in a dry run, would create).
 *
 * @param dryRun            true when nothing was written
 * @param planId            the new plan's id; null in a dry run
 * @param unitCode          issuing unit
 * @param year              plan year
 * @param groups            per group: its targets and tasks
 * @param targets           number of targets
 * @param tasks             number of tasks
 * @param flaggedTargets    refs of targets whose sentence yielded no measure (kept, to be structured by hand)
 * @param unreadDeadlines   deadlines that could not be read (kept as text, flagged)
 * @param unresolvedParties lead/coordinator names that matched no single registry unit (kept as text)
 */
@Schema(name = "ImportReport", description = "Result of a plan import (nhập kế hoạch)")
public record ImportReport(boolean dryRun, Long planId, String unitCode, int year, List<GroupCount> groups,
                           int targets, int tasks, List<String> flaggedTargets, List<UnreadDeadline> unreadDeadlines,
                           List<String> unresolvedParties) {

    /**
     * @param key     group key
     * @param area    reform area or null
     * @param label   label as written
     * @param targets targets in the group
     * @param tasks   tasks in the group
     */
    public record GroupCount(String key, ReformArea area, String label, int targets, int tasks) {
    }

    /**
     * @param taskRef the task
     * @param text    the deadline as written
     */
    public record UnreadDeadline(String taskRef, String text) {
    }
}
