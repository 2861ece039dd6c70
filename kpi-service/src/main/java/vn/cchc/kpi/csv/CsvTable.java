package vn.cchc.kpi.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.cchc.common.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.common.problem.FieldErrors;

/**
 * A CSV upload read into its header and data records, with the line each record starts on (plain Java;
 * Apache Commons CSV does the splitting). Shared by the CSV batches of kpi-service (measurements,
 * SIPAS questionnaires); what the columns mean is the caller's business.
 *
 * <p>Format: the text of a UTF-8 file (a leading BOM is ignored); comma separated; RFC 4180 quoting:
 * {@code "a, b"} is one cell, {@code ""} inside quotes is a quote, a quoted cell may hold line breaks. A
 * quote only opens a quoted cell at the very start of the cell (elsewhere it is an ordinary character), and
 * text after a closing quote is kept ({@code "a"b} reads {@code ab}). Records end at CRLF, LF or CR. A
 * record whose only content is white space is a blank line and skipped ({@code ,} or {@code ""} is not
 * blank). The first record is the header; the others are data.
 *
 * <p>Line numbers are physical lines of the file, from 1, counting the line breaks inside quoted cells, so
 * they match what a text editor shows; the header is line 1 unless blank lines precede it.
 *
 * <p>Errors go to the caller's {@link FieldErrors}: an unclosed quote as {@code line[N]} "a quoted cell
 * is not closed" (N = the line its record starts on; the records before it are kept, the rest of the file
 * is not read), a data record with more cells than the header as {@code line[N].cells} (see
 * {@link #rows(FieldErrors)}). Cells are returned as written, not stripped.
 */
public final class CsvTable {

    /** RFC 4180 with comma and double quote, blank lines kept (to count lines) and text after a closing quote kept. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

    private final List<String> header;
    private final List<Row> records;

    private CsvTable(List<String> header, List<Row> records) {
        this.header = header;
        this.records = records;
    }

    /**
     * One data record.
     *
     * @param line  physical line the record starts on (from 1)
     * @param cells its cells as written; at most as many as the header has when obtained from
     *              {@link #rows(FieldErrors)}, possibly fewer (missing trailing cells are absent)
     */
    public record Row(int line, List<String> cells) {

        /**
         * @return the prefix of this record's field errors, e.g. {@code line[3].} (then a column name)
         */
        public String prefix() {
            return "line[" + line + "].";
        }
    }

    /**
     * Decodes an uploaded CSV file, which must be UTF-8 (a file saved as Windows-1258 or TCVN3 would be
     * stored garbled otherwise: Vietnamese text is data).
     *
     * @param body the bytes as sent
     * @return the text
     * @throws ProblemException 422 on {@code body} naming the first byte that is not UTF-8; nothing is read
     */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(body);
            throw ProblemException.invalid("body", "is not UTF-8 text (byte " + at + " of " + body.length
                    + " cannot be read); save the file as CSV UTF-8 and send it again");
        }
    }

    private static int firstBadByte(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(body.length + 1);
        decoder.decode(in, out, true);
        return in.position() + 1;
    }

    /**
     * Reads a CSV text.
     *
     * @param text   the whole file, decoded; a leading BOM is ignored
     * @param errors receives an unclosed quote as {@code line[N]}
     * @return the table; {@link #isEmpty()} when the text holds no record at all (nothing but blank lines)
     * @throws NullPointerException if text or errors is null
     */
    public static CsvTable parse(String text, FieldErrors errors) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> read = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            long linesBefore = 0;
            while (true) {
                int line = (int) Math.min(linesBefore + 1, Integer.MAX_VALUE);
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // With trailing data allowed and no escape character, the only malformed input is EOF inside quotes.
                    errors.add("line[" + line + "]", "a quoted cell is not closed");
                    break;
                }
                linesBefore = parser.getCurrentLineNumber();
                if (!isBlank(rec, body)) {
                    read.add(new Row(line, rec.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
        return read.isEmpty() ? new CsvTable(List.of(), List.of())
                : new CsvTable(read.get(0).cells(), List.copyOf(read.subList(1, read.size())));
    }

    /** A record of one unquoted cell of white space only (an empty or blank line). */
    private static boolean isBlank(CSVRecord rec, String text) {
        long at = rec.getCharacterPosition();
        return rec.size() == 1 && rec.get(0).isBlank() && (at >= text.length() || text.charAt((int) at) != '"');
    }

    /**
     * @return true when the file held no record, not even a header
     */
    public boolean isEmpty() {
        return header.isEmpty();
    }

    /**
     * @return the header's cells as written (not stripped); empty for an empty file
     */
    public List<String> header() {
        return header;
    }

    /**
     * The data records that fit the header. A record with more cells than the header is reported as
     * {@code line[N].cells} "K cells, but the header names H columns" and left out; call this once, after
     * checking the header, so each such record is reported once.
     *
     * @param errors receives the records with too many cells
     * @return the other data records, in file order
     */
    public List<Row> rows(FieldErrors errors) {
        List<Row> fit = new ArrayList<>();
        for (Row r : records) {
            if (r.cells().size() > header.size()) {
                errors.add(r.prefix() + "cells", r.cells().size() + " cells, but the header names " + header.size() + " columns");
            } else {
                fit.add(r);
            }
        }
        return fit;
    }
}
