package vn.cchc.kpi.sipas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SIPAS arithmetic (plain Java, no framework), METHODOLOGY.md C.3 "configurable aggregation":
 * <ul>
 *   <li>question rate (%): {@link Formula#THRESHOLD}: answers at level ≥ {@code satisfiedFrom} ÷ answers × 100
 *       (default 4: Hài lòng, Rất hài lòng); {@link Formula#MEAN_SCORE}: (mean level − 1) ÷ 4 × 100;</li>
 *   <li>element rate: the mean of its questions' rates (questions nobody answered are left out);</li>
 *   <li>overall SIPAS: the mean of the elements' rates (elements without answers left out).</li>
 * </ul>
 * Roll-ups pass counts summed over units, so a parent is the ratio of summed counts, never the mean of
 * the units' rates. Values are rounded half-up to 4 decimals at the end only.
 */
public final class SipasCalculator {

    /** Decimals of the rates returned. */
    public static final int SCALE = 4;
    private static final int WORK = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SipasCalculator() {
    }

    /**
     * Answers to one question.
     *
     * @param code    question code
     * @param text    question text
     * @param element its element
     * @param counts  answers per level: {@code counts[0]} level 1 … {@code counts[4]} level 5
     */
    public record QuestionCounts(String code, String text, SipasElementCode element, long[] counts) {

        /** @return all answers */
        public long answers() {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            return n;
        }
    }

    /**
     * @param code       question code
     * @param text       question text
     * @param answers    answers given
     * @param satisfied  answers at level ≥ satisfiedFrom
     * @param meanLevel  mean level 1–5, null without answers
     * @param rate       the question's rate (%), null without answers
     * @param counts     answers per level 1..5
     */
    public record QuestionResult(String code, String text, long answers, long satisfied, BigDecimal meanLevel, BigDecimal rate,
                                 List<Long> counts) {
    }

    /**
     * @param code      element
     * @param rate      mean of its questions' rates, null without answers
     * @param questions its questions
     */
    public record ElementResult(SipasElementCode code, BigDecimal rate, List<QuestionResult> questions) {
    }

    /**
     * @param overall  mean of the elements' rates (the SIPAS), null without any answer
     * @param elements every element, in the method's order
     */
    public record Result(BigDecimal overall, List<ElementResult> elements) {
    }

    /**
     * @param questions     the counts, in questionnaire order
     * @param formula       question formula
     * @param satisfiedFrom lowest level counted as satisfied (THRESHOLD), 2..5
     * @return rates per question, element and overall
     * @throws IllegalArgumentException satisfiedFrom outside 2..5 or counts not of length 5
     */
    public static Result compute(List<QuestionCounts> questions, Formula formula, int satisfiedFrom) {
        if (satisfiedFrom < 2 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("satisfiedFrom must be 2..5, not " + satisfiedFrom);
        }
        Map<SipasElementCode, List<QuestionResult>> byElement = new EnumMap<>(SipasElementCode.class);
        Map<SipasElementCode, List<BigDecimal>> rates = new EnumMap<>(SipasElementCode.class);
        for (QuestionCounts q : questions) {
            if (q.counts().length != 5) {
                throw new IllegalArgumentException("counts of " + q.code() + " must have 5 levels");
            }
            long answers = q.answers();
            long satisfied = 0;
            long sum = 0;
            List<Long> counts = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                long c = q.counts()[level - 1];
                counts.add(c);
                sum += c * level;
                if (level >= satisfiedFrom) {
                    satisfied += c;
                }
            }
            BigDecimal mean = null;
            BigDecimal rate = null;
            if (answers > 0) {
                mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), WORK, RoundingMode.HALF_UP);
                rate = formula == Formula.MEAN_SCORE
                        ? mean.subtract(BigDecimal.ONE).multiply(HUNDRED).divide(BigDecimal.valueOf(4), WORK, RoundingMode.HALF_UP)
                        : BigDecimal.valueOf(satisfied).multiply(HUNDRED).divide(BigDecimal.valueOf(answers), WORK, RoundingMode.HALF_UP);
                rates.computeIfAbsent(q.element(), k -> new ArrayList<>()).add(rate);
            }
            byElement.computeIfAbsent(q.element(), k -> new ArrayList<>())
                    .add(new QuestionResult(q.code(), q.text(), answers, satisfied, round(mean), round(rate), counts));
        }
        List<ElementResult> elements = new ArrayList<>();
        List<BigDecimal> elementRates = new ArrayList<>();
        for (SipasElementCode e : SipasElementCode.values()) {
            BigDecimal rate = mean(rates.get(e));
            if (rate != null) {
                elementRates.add(rate);
            }
            elements.add(new ElementResult(e, round(rate), byElement.getOrDefault(e, List.of())));
        }
        return new Result(round(mean(elementRates)), elements);
    }

    /**
     * Sample size by the 1383 method's training material: n = N ÷ (1 + N·e²), rounded up.
     *
     * @param population N, the people served in the period (≥ 1)
     * @param margin     e, the margin of error (0 &lt; e &lt; 1), e.g. 0.05
     * @return n
     * @throws IllegalArgumentException N &lt; 1 or e outside (0, 1)
     */
    public static long sampleSize(long population, BigDecimal margin) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1");
        }
        if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("margin must be between 0 and 1 (exclusive)");
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal den = BigDecimal.ONE.add(n.multiply(margin).multiply(margin));
        return n.divide(den, 0, RoundingMode.CEILING).longValueExact();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s.divide(BigDecimal.valueOf(values.size()), WORK, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
