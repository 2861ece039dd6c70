package vn.cchc.plan.plan;

/** Life cycle of a plan: a draft (dự thảo) is issued (ban hành) and closed at year end. */
public enum PlanStatus {
    /** Dự thảo: number and date may be blank. */
    DRAFT,
    /** Ban hành: in force. */
    ISSUED,
    /** Kết thúc: the year is over; read-only. */
    CLOSED;

    /**
     * @param next the wanted status
     * @return whether the life cycle allows the move: one way, DRAFT → ISSUED → CLOSED (staying put is
     *         allowed; a plan adjusted after issue stays ISSUED and keeps every version as a revision)
     */
    public boolean canMoveTo(PlanStatus next) {
        return next.ordinal() >= ordinal() && next.ordinal() - ordinal() <= 1;
    }
}
