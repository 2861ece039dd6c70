package vn.cchc.report.document;

/** The formats a document is rendered to, with their media type and file extension. */
public enum DocumentFormat {
    /** Word document in the layout of Nghị định 30/2020/NĐ-CP. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** The appendix tables, one sheet each. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The whole document as PDF. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type, e.g. {@code application/pdf} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the extension without the dot, e.g. {@code pdf} */
    public String extension() {
        return extension;
    }
}
