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

    /**
     * @param name {@code docx}, {@code xlsx} or {@code pdf}, any case
     * @return the format
     * @throws vn.cchc.common.problem.ProblemException 422 for another name
     */
    public static DocumentFormat parse(String name) {
        for (DocumentFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw vn.cchc.common.problem.ProblemException.invalid("format", "docx, xlsx or pdf");
    }

    /** @return the extension without the dot, e.g. {@code pdf} */
    public String extension() {
        return extension;
    }
}
