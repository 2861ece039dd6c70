package vn.cchc.kpi.sipas;

/** The service sector a survey definition is for (lĩnh vực khảo sát). */
public enum Sector {
    /** Administrative procedures at the one-stop shop (giải quyết thủ tục hành chính). */
    PROCEDURES,
    /** Public health services (y tế công). */
    HEALTH,
    /** Public education services (giáo dục công). */
    EDUCATION,
    /** Land administration (đất đai). */
    LAND,
    /** Justice and civil status (tư pháp, hộ tịch). */
    JUSTICE,
    /** Any other service (khác). */
    OTHER
}
