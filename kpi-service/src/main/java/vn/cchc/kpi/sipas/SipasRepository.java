package vn.cchc.kpi.sipas;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Survey definitions (Panache) and the set-based SQL over anonymous responses: answers are written in
 * JDBC batches and counted with one grouped query for any set of units, never one query per unit.
 */
@ApplicationScoped
public class SipasRepository implements PanacheRepository<SipasSurvey> {

    private final EntityManager em;

    public SipasRepository(EntityManager em) {
        this.em = em;
    }

    /** @return the definition with that code */
    public Optional<SipasSurvey> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * A checked response ready to write.
     *
     * @param surveyId      survey id
     * @param unitCode      unit
     * @param period        period label
     * @param periodStart   first day of the period
     * @param periodEnd     last day of the period
     * @param channel       collection channel
     * @param onlineService whether the respondent used an online public service
     * @param questionIds   questions answered
     * @param levels        the levels, aligned with questionIds
     */
    public record ResponseRow(long surveyId, String unitCode, String period, LocalDate periodStart, LocalDate periodEnd,
                              Channel channel, boolean onlineService, List<Long> questionIds, List<Integer> levels) {
    }

    /** Adds one batch's answers to {@code sipas_count} (V14). */
    private static final String ADD_COUNTS = """
            insert into sipas_count (unit_code, period_start, period_end, survey_id, online_service, question_id, level, n)
            select r.unit_code, r.period_start, r.period_end, r.survey_id, r.online_service, a.question_id, a.level, count(*)
              from sipas_response r join sipas_answer a on a.response_id = r.id
             where r.batch_id = ?
             group by 1, 2, 3, 4, 5, 6, 7
             order by 1, 2, 3, 4, 5, 6, 7
            on conflict (unit_code, period_start, period_end, survey_id, online_service, question_id, level)
            do update set n = sipas_count.n + excluded.n
            """;

    /**
     * Writes responses and their answers in two JDBC batches and adds them to the counts, all inside the
     * caller's transaction.
     *
     * @param rows    the responses
     * @param batchId id shared by the batch
     * @param author  who sent it
     * @return answers written
     */
    public long insert(List<ResponseRow> rows, UUID batchId, String author) {
        Session session = em.unwrap(Session.class);
        return session.doReturningWork(c -> {
            List<Long> ids = new ArrayList<>(rows.size());
            try (PreparedStatement ps = c.prepareStatement("select nextval('sipas_response_seq') from generate_series(1, ?)")) {
                ps.setInt(1, rows.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("insert into sipas_response (id, survey_id, unit_code, period, period_start, "
                    + "period_end, channel, online_service, batch_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    ResponseRow r = rows.get(i);
                    ps.setLong(1, ids.get(i));
                    ps.setLong(2, r.surveyId());
                    ps.setString(3, r.unitCode());
                    ps.setString(4, r.period());
                    ps.setDate(5, Date.valueOf(r.periodStart()));
                    ps.setDate(6, Date.valueOf(r.periodEnd()));
                    ps.setString(7, r.channel().name());
                    ps.setBoolean(8, r.onlineService());
                    ps.setObject(9, batchId);
                    ps.setTimestamp(10, now);
                    ps.setString(11, author);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            long answers = 0;
            try (PreparedStatement ps = c.prepareStatement("insert into sipas_answer (response_id, question_id, level) values (?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    ResponseRow r = rows.get(i);
                    for (int k = 0; k < r.questionIds().size(); k++) {
                        ps.setLong(1, ids.get(i));
                        ps.setLong(2, r.questionIds().get(k));
                        ps.setInt(3, r.levels().get(k));
                        ps.addBatch();
                        answers++;
                    }
                }
                ps.executeBatch();
            }
            // the batch's answers added to the counts, keys in one order so that concurrent batches do not deadlock
            try (PreparedStatement ps = c.prepareStatement(ADD_COUNTS)) {
                ps.setObject(1, batchId);
                ps.executeUpdate();
            }
            return answers;
        });
    }

    /**
     * Answers counted per unit, question, level and online flag (one grouped query).
     *
     * @param unitCode      unit of the responses
     * @param questionId    question
     * @param questionCode  its code
     * @param questionText  its text
     * @param element       its element
     * @param level         level 1..5
     * @param onlineService the respondents' online flag
     * @param count         answers
     */
    public record CountRow(String unitCode, long questionId, String questionCode, String questionText, SipasElementCode element,
                           int level, boolean onlineService, long count) {
    }

    /**
     * @param units    unit codes
     * @param from     only responses whose period starts on or after this day
     * @param to       only responses whose period ends on or before this day
     * @param surveyId only this survey, when not null
     * @return the counts, in questionnaire order (survey, element position, question position)
     */
    @SuppressWarnings("unchecked")
    public List<CountRow> counts(Collection<String> units, LocalDate from, LocalDate to, Long surveyId) {
        if (units.isEmpty()) {
            return List.of();
        }
        // from the counts kept as responses arrive (V14), not from the answers themselves
        String sql = "select c.unit_code, q.id, q.code, q.text_vi, e.code, c.level, c.online_service, sum(c.n) "
                + "from sipas_count c "
                + "join sipas_question q on q.id = c.question_id join sipas_element e on e.id = q.element_id "
                + "where c.unit_code in (:units) and c.period_start >= :from and c.period_end <= :to "
                + (surveyId == null ? "" : "and c.survey_id = :survey ")
                + "group by c.unit_code, q.survey_id, e.position, q.position, q.id, q.code, q.text_vi, e.code, c.level, c.online_service "
                + "order by q.survey_id, e.position, q.position, c.unit_code, c.level";
        var query = em.createNativeQuery(sql).setParameter("units", units).setParameter("from", from).setParameter("to", to);
        if (surveyId != null) {
            query.setParameter("survey", surveyId);
        }
        List<Object[]> rows = query.getResultList();
        List<CountRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new CountRow((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    SipasElementCode.valueOf((String) r[4]), ((Number) r[5]).intValue(), (Boolean) r[6], ((Number) r[7]).longValue()));
        }
        return out;
    }

    /**
     * @param units    unit codes
     * @param from     as {@link #counts}
     * @param to       as {@link #counts}
     * @param surveyId as {@link #counts}
     * @return per unit: {unit, responses, responses with online service}
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> responseCounts(Collection<String> units, LocalDate from, LocalDate to, Long surveyId) {
        if (units.isEmpty()) {
            return List.of();
        }
        String sql = "select unit_code, count(*), count(*) filter (where online_service) from sipas_response "
                + "where unit_code in (:units) and period_start >= :from and period_end <= :to "
                + (surveyId == null ? "" : "and survey_id = :survey ") + "group by unit_code";
        var query = em.createNativeQuery(sql).setParameter("units", units).setParameter("from", from).setParameter("to", to);
        if (surveyId != null) {
            query.setParameter("survey", surveyId);
        }
        return query.getResultList();
    }

    /**
     * @param units unit codes
     * @param year  year
     * @return the published values of those units for the year (both indicator codes)
     */
    public List<SipasPublished> published(Collection<String> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from SipasPublished where unitCode in :units and year = :year order by unitCode, indicatorCode",
                SipasPublished.class).setParameter("units", units).setParameter("year", year).getResultList();
    }

    /** @return the published value of a unit, year and indicator code, if any */
    public Optional<SipasPublished> published(String unit, int year, String indicatorCode) {
        return em.createQuery("from SipasPublished where unitCode = :u and year = :y and indicatorCode = :i", SipasPublished.class)
                .setParameter("u", unit).setParameter("y", year).setParameter("i", indicatorCode).getResultStream().findFirst();
    }

    /** @param p a new published value */
    public void persistPublished(SipasPublished p) {
        em.persist(p);
        em.flush();
    }
}
