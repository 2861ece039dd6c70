package vn.cchc.kpi.sipas;

/** How a questionnaire was collected (kênh khảo sát). */
public enum Channel {
    /** Kiosk or tablet at the one-stop shop (thiết bị đánh giá tại Bộ phận Một cửa). */
    KIOSK,
    /** Web form, e.g. on the public service portal (cổng dịch vụ công). */
    WEB,
    /** Paper questionnaire, keyed in (phiếu giấy). */
    PAPER,
    /** Telephone interview (điện thoại). */
    PHONE,
    /** Text message (tin nhắn). */
    SMS,
    /** Mobile application (ứng dụng di động). */
    APP,
    /** Face-to-face interview, e.g. household sampling (phỏng vấn trực tiếp). */
    INTERVIEW
}
