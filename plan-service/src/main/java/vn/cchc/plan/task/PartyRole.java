package vn.cchc.plan.task;

/** Role of a unit in an assignment. */
public enum PartyRole {
    /** Cơ quan, đơn vị chủ trì. */
    LEAD,
    /** Cơ quan, đơn vị phối hợp. */
    COORDINATOR
}
