package vn.cchc.kpi.sipas;

/**
 * How a question's answers become a satisfaction rate (%). The official formula of QĐ 1001/QĐ-BNV is
 * not public (METHODOLOGY.md C.3), so it is configuration ({@code cchc.sipas.formula},
 * {@code cchc.sipas.satisfied-from}) and can be chosen per request.
 */
public enum Formula {
    /** Share of answers at level {@code satisfiedFrom} or above (default 4: Hài lòng, Rất hài lòng) × 100. */
    THRESHOLD,
    /** Mean level mapped linearly onto 0–100: (mean − 1) ÷ 4 × 100 (1 → 0 %, 5 → 100 %). */
    MEAN_SCORE
}
