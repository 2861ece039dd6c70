package vn.cchc.report.document;

/**
 * A rendered document, ready to be sent as a download.
 *
 * @param content   the file's bytes
 * @param mediaType its media type (Content-Type)
 * @param fileName  a file name in ASCII (for Content-Disposition), e.g. {@code bao-cao-45-BC-UBND-2026-03-18.docx}
 */
public record RenderedDocument(byte[] content, String mediaType, String fileName) {
}
