package vn.cchc.kpi.sipas;

/**
 * The five elements (yếu tố) of the SIPAS method of 2017–2020 (QĐ 2640/QĐ-BNV, METHODOLOGY.md C.3),
 * in the questionnaire's order. Every survey definition uses these codes, so results of several
 * definitions pool per element.
 */
public enum SipasElementCode {
    /** Tiếp cận dịch vụ: access to services. */
    ACCESS,
    /** Thủ tục hành chính: administrative procedures. */
    PROCEDURES,
    /** Công chức trực tiếp giải quyết công việc: the officials handling the case. */
    OFFICIALS,
    /** Kết quả dịch vụ: service results. */
    RESULTS,
    /** Việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị: handling of feedback. */
    FEEDBACK
}
