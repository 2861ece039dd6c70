package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Downloads a report as documents and opens the DOCX in LibreOffice (installed by {@code .ci/run}):
 * converted to text and PDF (its pages drawn as PNG by poppler's pdftoppm), the text must carry the national title, the outline and the
 * target appendix. The converted files stay in {@code deploy/target/documents} for a person to look at.
 */
final class DocumentsCheck {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocumentsCheck() {
    }

    /** Checks the DOCX (through LibreOffice), the PDF and the XLSX of one report document URL. */
    static void docxPdfXlsx(LocalStack stack, String token, String url) throws IOException, InterruptedException {
        String text = text(stack, token, url);
        for (String expected : new String[] {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH", "UBND phường đã ban hành"}) {
            assertTrue(text.contains(expected), "the document lacks '" + expected + "':\n" + text);
        }
        byte[] pdf = given().auth().oauth2(token).queryParam("format", "pdf").get(url).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
        byte[] xlsx = given().auth().oauth2(token).queryParam("format", "xlsx").get(url).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an XLSX (zip) file");
    }

    /** @return the text LibreOffice reads from the DOCX at that URL (also converted to PDF and PNG beside it) */
    static String text(LocalStack stack, String token, String url) throws IOException, InterruptedException {
        byte[] docx = given().auth().oauth2(token).get(url).then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")).extract().asByteArray();
        Path dir = Files.createDirectories(Path.of("target/documents")).toAbsolutePath();
        Path file = dir.resolve("report-" + Integer.toHexString(url.hashCode()) + ".docx");
        Files.write(file, docx);
        for (String to : new String[] {"txt:Text (encoded):UTF8", "pdf"}) {
            soffice(dir, file, to);
        }
        String base = file.getFileName().toString().replace(".docx", "");
        assertTrue(Files.size(dir.resolve(base + ".pdf")) > 10_000, "LibreOffice made a PDF of it");
        // its pages as pictures (poppler's pdftoppm), for a person to look at
        run(dir, "pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", dir.resolve(base + ".pdf").toString(),
                dir.resolve(base).toString());
        assertTrue(Files.size(dir.resolve(base + ".png")) > 10_000, "the first page drawn");
        return Files.readString(dir.resolve(base + ".txt"), StandardCharsets.UTF_8);
    }

    private static void soffice(Path dir, Path file, String to) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        run(dir, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", to,
                "--outdir", dir.toString(), file.toString());
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Commands.run(dir, Map.of(), Duration.ofMinutes(3), command);
    }
}
