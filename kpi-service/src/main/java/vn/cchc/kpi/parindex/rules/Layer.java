package vn.cchc.kpi.parindex.rules;

/** The three score layers of an assessment (METHODOLOGY.md C.6). */
public enum Layer {
    /** Tự đánh giá, chấm điểm: by the unit itself, with evidence. */
    SELF,
    /** Thẩm định: by a supervisor of a unit above, with the reviewer's comment; replaces the self score of a leaf. */
    APPRAISAL,
    /** Điều tra xã hội học: points of the SURVEY leaves, entered by a supervisor of a unit above. */
    SURVEY
}
