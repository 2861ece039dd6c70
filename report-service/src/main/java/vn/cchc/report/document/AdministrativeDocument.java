package vn.cchc.report.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document (văn bản hành chính) to render, independent of where its content comes
 * from: the parts Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out, the body as sections of paragraphs,
 * tables and charts, and appendices of tables (the target table of a report: "Phụ lục … kèm theo Báo
 * cáo số …"). All text is Vietnamese, NFC, as it should print; nothing is upper-cased or numbered here
 * except where the decree fixes it (the national title, "Số:", the place-and-date line).
 *
 * @param parentBody   the governing body's line above the issuer (tên cơ quan chủ quản), printed upper
 *                     case as given, e.g. {@code UBND THÀNH PHỐ HÀ NỘI}; null when the issuer has none
 * @param issuingBody  the issuer (tên cơ quan ban hành), e.g. {@code ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH}
 * @param number       the number and symbol after "Số: ", e.g. {@code 45/BC-UBND}; for a draft without a
 *                     number yet, e.g. {@code      /BC-UBND}
 * @param place        the place name of the date line (địa danh), e.g. {@code Ba Đình}
 * @param date         the issuing date; null prints "ngày    tháng    năm    " to be filled by hand
 * @param documentType the kind, printed bold upper case above the title, e.g. {@code BÁO CÁO}
 * @param title        the summary title (trích yếu), e.g. "Kết quả thực hiện công tác cải cách hành chính Quý I năm 2026"
 * @param sections     the body, in order
 * @param signature    the signing block (right), null for none
 * @param recipients   "Nơi nhận" lines (left of the signature), e.g. {@code Văn phòng UBND Thành phố;}
 * @param appendices   the appendices (phụ lục), each on pages of its own after the body, landscape
 */
public record AdministrativeDocument(String parentBody, String issuingBody, String number, String place, LocalDate date,
                                     String documentType, String title, List<Section> sections, Signature signature,
                                     List<String> recipients, List<Appendix> appendices) {

    public AdministrativeDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /**
     * A section of the body.
     *
     * @param heading its heading as it prints, numbered by the author, e.g. {@code I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH}; null for none
     * @param blocks  paragraphs, tables and charts, in order
     */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A part of a section: {@link Paragraph}, {@link Table} or {@link Chart}. */
    public sealed interface Block permits Paragraph, Table, Chart {
    }

    /**
     * A paragraph of running text (justified, first line indented).
     *
     * @param text the text
     */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table with one header row.
     *
     * @param caption its title above it, e.g. "Biểu 1. Kết quả thực hiện các chỉ tiêu"; null for none
     * @param header  column headings
     * @param rows    the cells, row by row, as they print (numbers already formatted); each row as long as the header
     * @param widths  relative column widths, as many as the header; null for equal widths
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            header = List.copyOf(header);
            int columns = header.size();
            rows = rows.stream().map(r -> {
                if (r.size() != columns) {
                    throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + columns);
                }
                return List.copyOf(r.stream().map(c -> c == null ? "" : c).toList());
            }).toList();
            if (widths != null && widths.size() != header.size()) {
                throw new IllegalArgumentException(widths.size() + " widths for " + header.size() + " columns");
            }
            widths = widths == null ? null : List.copyOf(widths);
        }
    }

    /**
     * A chart as data, drawn by the renderer (JFreeChart).
     *
     * @param kind          how it is drawn
     * @param title         its title, printed in the picture
     * @param categoryAxis  label of the category axis, e.g. "Lĩnh vực"
     * @param valueAxis     label of the value axis, e.g. "Số chỉ tiêu"
     * @param categories    the categories (reform areas, wards), in order
     * @param series        the series; each has one value per category
     */
    public record Chart(ChartKind kind, String title, String categoryAxis, String valueAxis, List<String> categories,
                        List<Series> series) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                            + categories.size() + " categories");
                }
            }
        }
    }

    /** How a chart is drawn. */
    public enum ChartKind {
        /** Vertical bars, the series stacked: e.g. targets met / not met / at risk / no data per reform area. */
        STACKED_BARS,
        /** Horizontal bars, one series, in the order given: e.g. the ranking of wards by score. */
        RANKING_BARS
    }

    /**
     * One series of a chart.
     *
     * @param name   its legend entry, e.g. "Đạt"
     * @param values one value per category (null draws nothing)
     * @param color  its colour as {@code #RRGGBB}, null for the palette's
     */
    public record Series(String name, List<Double> values, String color) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /**
     * The signing block (thẩm quyền, chức vụ, họ tên người ký).
     *
     * @param authority the capacity line, e.g. {@code TM. ỦY BAN NHÂN DÂN}; null for none
     * @param position  e.g. {@code CHỦ TỊCH}
     * @param name      the signer, e.g. "Nguyễn Văn A"; null leaves the space empty
     */
    public record Signature(String authority, String position, String name) {
    }

    /**
     * An appendix (phụ lục) with its tables.
     *
     * @param label    e.g. {@code Phụ lục I}
     * @param title    e.g. "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026"
     * @param note     the line under it, e.g. "(Kèm theo Báo cáo số 45/BC-UBND ngày 18/3/2026 của UBND phường Ba Đình)"; null for none
     * @param tables   its tables
     */
    public record Appendix(String label, String title, String note, List<Table> tables) {
        public Appendix {
            tables = List.copyOf(tables);
        }
    }
}
