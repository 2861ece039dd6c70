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
     * @return whether the life cycle allows the move (DRAFT → ISSUED → CLOSED; ISSUED may go back to DRAFT
     *         only while not closed, for a re-issue)
     */
    public boolean canMoveTo(PlanStatus next) {
        return switch (this) {
            case DRAFT -> next == ISSUED || next == DRAFT;
            case ISSUED -> next == CLOSED || next == DRAFT || next == ISSUED;
            case CLOSED -> next == CLOSED;
        };
    }
}
