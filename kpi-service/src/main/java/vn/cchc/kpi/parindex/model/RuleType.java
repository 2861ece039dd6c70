package vn.cchc.kpi.parindex.model;

/**
 * How a leaf of a PAR INDEX framework is scored (cách tính điểm), after the scoring sheets of the
 * provinces (METHODOLOGY.md C.2).
 */
public enum RuleType {
    /** Có / Không: a declared value of 1 (có) earns the maximum, 0 (không) earns 0. */
    YES_NO,
    /** Ratio × max: a declared percentage 0–100 earns max × value ÷ 100 (rounded to 0.01 point). */
    RATIO,
    /** Tiers such as "100% → full, ≥ 90% → half, else 0": the first tier whose minimum the percentage reaches. */
    TIERS,
    /** Deductions: max − count × points per unit, never below 0 (e.g. per late dossier not apologised for). */
    DEDUCTION,
    /** Points set by judgement within 0..max (e.g. "Hoàn thành tốt: 75% điểm"). */
    MANUAL,
    /** Points from the sociological survey (điều tra xã hội học), entered by the appraiser, never self-assessed. */
    SURVEY;

    /** @return true when the points follow from a declared value (số liệu kê khai) by a formula */
    public boolean computed() {
        return this == YES_NO || this == RATIO || this == TIERS || this == DEDUCTION;
    }
}
