package vn.cchc.plan.unit;

/**
 * Level of an org unit in the administrative tree (cấp đơn vị). Since the 2025 reorganisation there
 * are two levels of local government: province-level (tỉnh, thành phố trực thuộc Trung ương) and
 * commune-level (xã, phường, đặc khu); departments and divisions hang under them.
 */
public enum OrgUnitLevel {
    /** Tỉnh / Thành phố trực thuộc Trung ương, e.g. Thành phố Hà Nội. */
    PROVINCE,
    /** Sở, ban, ngành of a province, e.g. Sở Nội vụ. */
    DEPARTMENT,
    /** Phường, e.g. Phường Ba Đình. */
    WARD,
    /** Xã, e.g. Xã Dân Hòa. */
    COMMUNE,
    /** Đặc khu, e.g. Đặc khu Cát Hải. */
    SPECIAL_ZONE,
    /** Phòng of a ward or commune, e.g. Phòng Văn hóa - Xã hội. */
    DIVISION,
    /** Trung tâm, e.g. Trung tâm Phục vụ hành chính công. */
    CENTRE,
    /** Any other body that leads or coordinates tasks (Công an phường, Văn phòng HĐND và UBND…). */
    OTHER
}
