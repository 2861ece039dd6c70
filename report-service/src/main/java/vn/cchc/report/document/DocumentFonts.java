package vn.cchc.report.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The TrueType font files used where the document's look is not left to the reader's software — the
 * PDF (embedded) and the charts (drawn): a serif with Vietnamese glyphs, by default Liberation Serif of
 * the Debian package {@code fonts-liberation2} (see {@link DocumentConfig}). The DOCX names Times New
 * Roman, as the decree asks, and leaves the font to the reader's software.
 *
 * @param regular    the regular face
 * @param bold       the bold face
 * @param italic     the italic face
 * @param boldItalic the bold italic face
 */
public record DocumentFonts(File regular, File bold, File italic, File boldItalic) {

    /** The family name the fonts are registered under in the PDF. */
    public static final String FAMILY = "CchcSerif";

    /** The default folder: Liberation Serif 2 of {@code fonts-liberation2}. */
    public static final File LIBERATION2 = new File("/usr/share/fonts/truetype/liberation2");

    /**
     * @param dir folder holding Liberation Serif's four files
     * @return the fonts of that folder
     */
    public static DocumentFonts liberationSerif(File dir) {
        return new DocumentFonts(new File(dir, "LiberationSerif-Regular.ttf"), new File(dir, "LiberationSerif-Bold.ttf"),
                new File(dir, "LiberationSerif-Italic.ttf"), new File(dir, "LiberationSerif-BoldItalic.ttf"));
    }

    /**
     * @param dir folder holding DejaVu Serif's four files
     * @return the fonts of that folder
     */
    public static DocumentFonts dejaVuSerif(File dir) {
        return new DocumentFonts(new File(dir, "DejaVuSerif.ttf"), new File(dir, "DejaVuSerif-Bold.ttf"),
                new File(dir, "DejaVuSerif-Italic.ttf"), new File(dir, "DejaVuSerif-BoldItalic.ttf"));
    }

    /**
     * @return the regular face as an AWT font (for charts)
     * @throws UncheckedIOException when the file is missing or not a TrueType font, naming the file
     */
    public Font awtRegular() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, regular);
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException(new IOException("Cannot read the document font " + regular
                    + " (install fonts-liberation2 or set cchc.documents.font-dir)", e));
        }
    }
}
