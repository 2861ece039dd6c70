package vn.cchc.kpi.parindex.model;

/**
 * Peer block (khối) of a PAR INDEX framework and of the units it ranks: units are compared only with
 * units of the same block under the same parent (wards with wards, communes with communes, departments
 * with departments; METHODOLOGY.md C.2, Hải Phòng 2025 results published per block).
 */
public enum PeerBlock {
    /** Province-level units, ranked by the Ministry of Home Affairs (Chỉ số CCHC cấp tỉnh). */
    PROVINCE,
    /** Departments of a province (Sở, ban, ngành). */
    DEPARTMENT,
    /** Wards (phường). */
    WARD,
    /** Communes and special zones (xã, đặc khu). */
    COMMUNE;

    /**
     * The block a unit of plan-service's registry belongs to.
     *
     * @param level the unit's level as plan-service names it (PROVINCE, DEPARTMENT, WARD, COMMUNE,
     *              SPECIAL_ZONE, DIVISION, CENTRE, OTHER)
     * @return the block, or null for a level no PAR INDEX assesses (divisions, centres, other bodies)
     */
    public static PeerBlock ofUnitLevel(String level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case "PROVINCE" -> PROVINCE;
            case "DEPARTMENT" -> DEPARTMENT;
            case "WARD" -> WARD;
            // Hải Phòng ranks its special zone (Cát Hải) in the communes' block
            case "COMMUNE", "SPECIAL_ZONE" -> COMMUNE;
            default -> null;
        };
    }
}
