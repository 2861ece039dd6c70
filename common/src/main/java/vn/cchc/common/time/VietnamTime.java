package vn.cchc.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are judged in Vietnam's time zone: a deadline of 14/3 ends at midnight in Hà Nội, not UTC. */
public final class VietnamTime {

    /** Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** @return today's date in Vietnam */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
