package vn.cchc.plan.area;

/**
 * The seven reform areas (lĩnh vực CCHC), in the order every plan uses (DESIGN.md; the 2021–2030
 * master programme, NQ 76/NQ-CP). A plan may label an area its own way and may add groups of its own,
 * which have no area.
 */
public enum ReformArea {
    /** 1. Công tác chỉ đạo, điều hành CCHC. */
    DIRECTION("Công tác chỉ đạo, điều hành CCHC", "Direction and management of reform"),
    /** 2. Cải cách thể chế. */
    INSTITUTIONS("Cải cách thể chế", "Institutional reform"),
    /** 3. Cải cách thủ tục hành chính (TTHC), một cửa, một cửa liên thông. */
    PROCEDURES("Cải cách thủ tục hành chính", "Administrative procedure reform, one-stop shops"),
    /** 4. Cải cách tổ chức bộ máy. */
    ORGANIZATION("Cải cách tổ chức bộ máy", "Organisational reform"),
    /** 5. Cải cách chế độ công vụ. */
    CIVIL_SERVICE("Cải cách chế độ công vụ", "Civil service reform"),
    /** 6. Cải cách tài chính công. */
    PUBLIC_FINANCE("Cải cách tài chính công", "Public finance reform"),
    /** 7. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số. */
    DIGITAL_GOVERNMENT("Xây dựng, phát triển Chính quyền điện tử, Chính quyền số", "E-government and digital government");

    private final String nameVi;
    private final String nameEn;

    ReformArea(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** @return the Vietnamese name */
    public String nameVi() {
        return nameVi;
    }

    /** @return the English name */
    public String nameEn() {
        return nameEn;
    }

    /** @return the 1-based number every plan gives the area */
    public int number() {
        return ordinal() + 1;
    }
}
