package vn.cchc.report.document;

import java.time.LocalDate;

/**
 * The place-and-date line of an administrative document as Nghị định 30/2020/NĐ-CP (Phụ lục I,
 * mục 5) writes it: "Ba Đình, ngày 05 tháng 02 năm 2026" — a day below 10 and the months 1 and 2 get a
 * leading zero.
 */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /**
     * @param place the place name, e.g. {@code Ba Đình}
     * @param date  the date, null for a line to fill by hand
     * @return e.g. {@code Ba Đình, ngày 18 tháng 3 năm 2026}
     */
    public static String placeAndDate(String place, LocalDate date) {
        if (date == null) {
            return place + ", ngày      tháng      năm      ";
        }
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() <= 2 ? "0" : "") + date.getMonthValue();
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /**
     * @param date a date
     * @return {@code dd/MM/yyyy}, as Vietnamese tables print dates, e.g. {@code 31/03/2026}
     */
    public static String numeric(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
