package vn.cchc.plan.exchange.table;

/**
 * The file formats of a plan's task table (the appendix "Các nhiệm vụ trọng tâm CCHC năm 2026" of the
 * 2026 plans) that {@link TaskTableReader} reads and {@link TaskTableWriter} writes.
 */
public enum TableFormat {
    /** Comma-separated text, UTF-8 (the reader also accepts semicolon and tab, with or without BOM). */
    CSV("text/csv", "csv"),
    /** Office Open XML workbook (Excel 2007 and later). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type of a file in this format, e.g. {@code text/csv} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file name extension without the dot, e.g. {@code xlsx} */
    public String extension() {
        return extension;
    }
}
