package vn.cchc.report.content;

/**
 * The seven reform areas (lĩnh vực CCHC) in the order every plan and the Ministry's outline use, with
 * the codes plan-service gives them (its {@code vn.cchc.plan.area.ReformArea}).
 */
public enum ReformArea {
    /** 1. Công tác chỉ đạo, điều hành CCHC: section I of the report. */
    DIRECTION("Công tác chỉ đạo, điều hành CCHC"),
    /** 2. Cải cách thể chế. */
    INSTITUTIONS("Cải cách thể chế"),
    /** 3. Cải cách thủ tục hành chính. */
    PROCEDURES("Cải cách thủ tục hành chính"),
    /** 4. Cải cách tổ chức bộ máy. */
    ORGANIZATION("Cải cách tổ chức bộ máy"),
    /** 5. Cải cách chế độ công vụ. */
    CIVIL_SERVICE("Cải cách chế độ công vụ"),
    /** 6. Cải cách tài chính công. */
    PUBLIC_FINANCE("Cải cách tài chính công"),
    /** 7. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số. */
    DIGITAL_GOVERNMENT("Xây dựng, phát triển Chính quyền điện tử, Chính quyền số");

    private final String title;

    ReformArea(String title) {
        this.title = title;
    }

    /** @return the Vietnamese title */
    public String title() {
        return title;
    }

    /** @return the 1-based number every plan gives the area */
    public int number() {
        return ordinal() + 1;
    }
}
