package vn.cchc.kpi.measurement;

/** Where a measurement came from (nguồn số liệu). */
public enum MeasurementSource {
    /** Typed in by an officer (nhập tay). */
    MANUAL,
    /** Loaded from a file or another system's export (nhập từ tệp, e.g. the one-stop TTHC system). */
    IMPORT,
    /** Computed or pushed by a connected system (hệ thống tự động). */
    SYSTEM
}
