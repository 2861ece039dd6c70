package vn.cchc.report.due;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.report.report.Timeliness;

/**
 * What a unit owes (báo cáo phải nộp): every period of every regime it reports under in a year, with its
 * deadline and where its report stands.
 *
 * @param unit  the unit
 * @param asOf  the day judged at
 * @param year  the regimes' year
 * @param late  how many items are late (submitted late, or overdue and not submitted)
 * @param items by due date
 */
@Schema(name = "ReportsDue", description = "Reports a unit owes (báo cáo phải nộp): deadlines and which are late")
public record DueView(@Schema(example = "HN-BADINH") String unit, LocalDate asOf, int year, long late, List<Item> items) {

    /**
     * @param regimeId    regime
     * @param regimeCode  its code
     * @param regimeName  its name
     * @param issuerCode  who issued it (nơi nhận)
     * @param portal      portal connector, may be null
     * @param periodCode  period
     * @param periodName  its name
     * @param windowStart cut-off window start, may be null
     * @param windowEnd   cut-off window end, may be null
     * @param dueDate     due date
     * @param daysLeft    days from asOf to the due date (negative once passed)
     * @param reportId    the unit's report, null when not started
     * @param status      NOT_STARTED or the report's status
     * @param timeliness  ON_TIME / LATE once submitted, PENDING / OVERDUE before
     * @param late        LATE or OVERDUE
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportDue", description = "One report owed: regime, period, deadline, status")
    public record Item(long regimeId, String regimeCode, String regimeName, String issuerCode, String portal, String periodCode,
                       String periodName, LocalDate windowStart, LocalDate windowEnd, LocalDate dueDate, long daysLeft, Long reportId,
                       @Schema(example = "SUBMITTED") String status, Timeliness timeliness, boolean late) {
    }
}
