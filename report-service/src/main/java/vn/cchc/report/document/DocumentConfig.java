package vn.cchc.report.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the document fonts are, under {@code cchc.documents}: a folder and the four faces' file names.
 * By default Liberation Serif 2 of the Debian package {@code fonts-liberation2}: it has the Vietnamese
 * glyphs and the metrics of Times New Roman, so the PDF sets lines as the DOCX does. DejaVu Serif
 * ({@code fonts-dejavu-core}: {@code /usr/share/fonts/truetype/dejavu}, {@code DejaVuSerif.ttf}, …) works too, a little wider.
 */
@ConfigMapping(prefix = "cchc.documents")
public interface DocumentConfig {

    /** @return the folder with the font files */
    @WithDefault("/usr/share/fonts/truetype/liberation2")
    String fontDir();

    /** @return regular face file name */
    @WithDefault("LiberationSerif-Regular.ttf")
    String fontRegular();

    /** @return bold face file name */
    @WithDefault("LiberationSerif-Bold.ttf")
    String fontBold();

    /** @return italic face file name */
    @WithDefault("LiberationSerif-Italic.ttf")
    String fontItalic();

    /** @return bold italic face file name */
    @WithDefault("LiberationSerif-BoldItalic.ttf")
    String fontBoldItalic();
}
