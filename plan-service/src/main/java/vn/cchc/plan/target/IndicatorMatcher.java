package vn.cchc.plan.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the kpi-service indicator (mã chỉ số, catalogue migrations V2, V4 and V12 of kpi-service) that a
 * target clause is measured by, from the clause's folded words (lower case, no diacritics). Plain Java.
 * First the indicators of the national methods (SIPAS, PAR INDEX, the QĐ 766 service indicators), where
 * more than one fitting means "ambiguous, choose none"; then, for a clause none of those fits, the first
 * rule of {@link #RULES} whose words all occur. Every structured target of the three 2026 seed plans maps
 * to an indicator this way (TargetSentenceParserTest, IndicatorMatcherTest); a clause nothing fits gets
 * none and is left for a person.
 */
final class IndicatorMatcher {

    static final String TTHC_ON_TIME = "TTHC_ON_TIME";
    static final String DVC_FULL_ONLINE = "DVC_FULL_ONLINE";
    static final String TTHC_ONLINE_PAYMENT = "TTHC_ONLINE_PAYMENT";
    static final String TTHC_ONLINE_PAYMENT_ENABLED = "TTHC_ONLINE_PAYMENT_ENABLED";
    static final String TTHC_DIGITISED = "TTHC_DIGITISED";
    static final String PAKN_ON_TIME = "PAKN_ON_TIME";
    static final String SIPAS = "SIPAS";
    static final String DVC_ONLINE_SATISFACTION = "DVC_ONLINE_SATISFACTION";
    static final String PAR_INDEX = "PAR_INDEX";
    static final String PAR_INDEX_RANK = "PAR_INDEX_RANK";
    static final String DTI_RANK = "DTI_RANK";

    /**
     * A rule: the indicator when every word group occurs; a group lists alternatives separated by {@code |}.
     *
     * @param code  indicator code
     * @param words word groups, all needed
     */
    record Rule(String code, String... words) {

        boolean matches(String clause) {
            for (String group : words) {
                boolean any = false;
                for (String w : group.split("\\|")) {
                    any = any || clause.contains(w);
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }
    }

    /** In order; the first that matches wins (more specific rules first). */
    static final List<Rule> RULES = List.of(
            new Rule("CITIZEN_DIALOGUES", "doi thoai"),
            new Rule("INSPECTION_FINDINGS_HANDLED", "phat hien qua", "thanh tra", "xu ly"),
            new Rule("INSPECTIONS_DIGITAL", "hoat dong kiem tra", "moi truong so"),
            new Rule("WORK_FILES_ELECTRONIC", "ho so cong viec", "moi truong dien tu"),
            new Rule("REPORTS_ON_REPORTING_SYSTEM", "che do bao cao", "he thong thong tin bao cao"),
            new Rule("TASKS_MONITORED_ELECTRONIC", "nhiem vu", "giam sat", "moi truong dien tu"),
            new Rule("LEGAL_DOCS_IN_NATIONAL_DB", "vbqppl|van ban quy pham", "co so du lieu quoc gia"),
            new Rule("LEGAL_DOCS_REVIEWED", "vbqppl|van ban quy pham", "ra soat"),
            new Rule("LEGAL_DOCS_DISSEMINATED", "vbqppl|van ban quy pham", "tuyen truyen|pho bien"),
            new Rule("COUNCIL_RESOLUTION_TASKS_ISSUED", "nghi quyet", "hdnd"),
            new Rule("TTHC_PUBLISHED", "tthc", "cong bo, cong khai"),
            new Rule("DOSSIER_PROGRESS_PUBLIC", "tien do va ket qua giai quyet"),
            new Rule("TTHC_NO_BOUNDARY", "dia gioi hanh chinh"),
            new Rule("TTHC_ONCE_ONLY", "mot lan"),
            new Rule("LINKED_PROCESSING_DAYS", "thoi gian xu ly", "lien thong"),
            new Rule("INTERNAL_TTHC_SIMPLIFIED", "tthc noi bo", "cat giam"),
            new Rule("INTERNAL_PROCESSES_ISSUED", "quy trinh tthc noi bo"),
            new Rule("FUNCTIONS_REGULATED", "chuc nang, nhiem vu"),
            new Rule("STAFF_ON_BUDGET", "bien che"),
            new Rule("STAFF_BY_JOB_POSITION", "bo tri theo vi tri viec lam"),
            new Rule("STAFF_TRAINED", "dao tao, boi duong"),
            new Rule("STAFF_ROTATED", "chuyen doi vi tri cong tac"),
            new Rule("PUBLIC_INVESTMENT_ALLOCATED", "von dau tu cong"),
            new Rule("PUBLIC_ASSETS_COMPLIANT", "tai san cong"),
            new Rule("PROPERTIES_REARRANGED", "co so nha, dat"),
            new Rule("DIRECTION_ON_PLATFORM", "chi dao, dieu hanh", "nen tang"),
            new Rule("DATA_GOVERNANCE_LEVEL3", "quan tri du lieu"),
            new Rule("E_ARCHIVES_INTEGRATED", "tai lieu luu tru dien tu"),
            new Rule("PLAN_TASKS_COMPLETED", "hoan thanh", "nhiem vu", "ke hoach cai cach hanh chinh"),
            new Rule("ASSIGNED_TASKS_COMPLETED", "hoan thanh", "nhiem vu", "giao"),
            new Rule("UNITS_SELF_INSPECTED", "tu kiem tra"),
            new Rule("DOSSIERS_TRACKED_ONLINE", "theo doi trang thai"));

    private IndicatorMatcher() {
    }

    /**
     * @param clause     the clause, folded (lower case, no diacritics)
     * @param comparator its comparator
     * @return the indicator code, or null when none or several fit
     */
    static String match(String clause, Comparator comparator) {
        boolean par = clause.contains("par index") || clause.contains("chi so cchc")
                || clause.contains("chi so cai cach hanh chinh");
        if (comparator == Comparator.TOP_GROUP || comparator == Comparator.RANK_AT_MOST) {
            if (par) {
                return PAR_INDEX_RANK;
            }
            return clause.contains("dti") || clause.contains("chuyen doi so") ? DTI_RANK : null;
        }
        boolean procedures = clause.contains("tthc") || clause.contains("thu tuc hanh chinh");
        List<String> codes = new ArrayList<>();
        boolean satisfaction = clause.contains("sipas") || clause.contains("hai long");
        if (satisfaction) {
            // "hài lòng khi sử dụng DVC trực tuyến" without SIPAS named is the online services rate
            codes.add(!clause.contains("sipas") && clause.contains("truc tuyen") ? DVC_ONLINE_SATISFACTION : SIPAS);
        }
        if (par) {
            codes.add(PAR_INDEX);
        }
        boolean feedback = clause.contains("phan anh") && clause.contains("kien nghi");
        if (feedback) {
            codes.add(PAKN_ON_TIME);
        }
        // Satisfaction with online services is SIPAS, not the services themselves.
        if (!satisfaction && clause.contains("thanh toan truc tuyen")) {
            codes.add(clause.contains("trien khai thanh toan truc tuyen") ? TTHC_ONLINE_PAYMENT_ENABLED : TTHC_ONLINE_PAYMENT);
        }
        if (!satisfaction && clause.contains("toan trinh")) {
            codes.add(DVC_FULL_ONLINE);
        }
        if (procedures && clause.contains("so hoa")) {
            codes.add(TTHC_DIGITISED);
        }
        // Feedback "về TTHC … đúng thời hạn" is about feedback, not dossiers.
        if (!satisfaction && !feedback && procedures && clause.contains("ho so")
                && (clause.contains("dung han") || clause.contains("truoc han")
                        || clause.contains("dung thoi han"))) {
            codes.add(TTHC_ON_TIME);
        }
        if (codes.size() == 1) {
            return codes.get(0);
        }
        if (!codes.isEmpty()) {
            return null;
        }
        for (Rule r : RULES) {
            if (r.matches(clause)) {
                return r.code();
            }
        }
        return null;
    }
}
