package org.herald.careers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public copy of vacancies' terms, in {@code published_vacancy}: written on publication, read by every public path. */
@Component
class VacancyRows {

    private static final String COLUMNS = """
            SELECT translation_group, reference, grade, city, country, zone, contract, duration, languages, opens_at,
                   closes_at, apply_url, apply_email, demonstration FROM published_vacancy
            """;

    private final JdbcClient jdbc;
    private final Writes writes;

    VacancyRows(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void publish(VacancyTerms terms) {
        writes.sql("DELETE FROM published_vacancy WHERE translation_group = :group").param("group", terms.group());
        writes.sql("""
                INSERT INTO published_vacancy (translation_group, reference, grade, city, country, zone, contract,
                    duration, languages, opens_at, closes_at, apply_url, apply_email, demonstration)
                VALUES (:group, :reference, :grade, :city, :country, :zone, :contract, :duration, :languages, :opens,
                    :closes, :url, :email, :demonstration)
                """).param("group", terms.group()).param("reference", terms.reference()).param("grade", terms.grade())
                .param("city", terms.city()).param("country", terms.country()).param("zone", terms.zone().getId())
                .param("contract", terms.contract().name()).param("duration", terms.duration())
                .param("languages", String.join(",", terms.languages()))
                .param("opens", terms.opens().atOffset(ZoneOffset.UTC)).param("closes", terms.closes().atOffset(ZoneOffset.UTC))
                .param("url", terms.applyUrl()).param("email", terms.applyEmail())
                .param("demonstration", terms.demonstration());
    }

    /** Vacancies open at {@code now}, closing first first. */
    List<VacancyTerms> openAt(Instant now) {
        return jdbc.sql(COLUMNS + " WHERE opens_at <= :now AND closes_at > :now ORDER BY closes_at, reference")
                .param("now", now.atOffset(ZoneOffset.UTC)).query(VacancyRows::terms).list();
    }

    /** The next instant after {@code now} at which a vacancy opens or closes; empty when none will. */
    Optional<Instant> nextChangeAfter(Instant now) {
        return jdbc.sql("""
                SELECT opens_at AS at FROM published_vacancy WHERE opens_at > :now
                UNION ALL SELECT closes_at AS at FROM published_vacancy WHERE closes_at > :now
                """).param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list().stream()
                .min(Instant::compareTo);
    }

    /** Every published vacancy's closing instant, by translation group. */
    java.util.Map<UUID, Instant> closingTimes() {
        java.util.Map<UUID, Instant> closing = new java.util.HashMap<>();
        jdbc.sql("SELECT translation_group, closes_at FROM published_vacancy").query((rs, row) -> {
            closing.put(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant());
            return null;
        }).list();
        return closing;
    }

    Optional<VacancyTerms> of(UUID group) {
        return jdbc.sql(COLUMNS + " WHERE translation_group = :group").param("group", group)
                .query(VacancyRows::terms).optional();
    }

    private static VacancyTerms terms(ResultSet rs, int row) throws SQLException {
        String contract = rs.getString("contract");
        return new VacancyTerms(rs.getObject("translation_group", UUID.class), rs.getString("reference"),
                rs.getString("grade"), rs.getString("city"), rs.getString("country").trim(),
                ZoneId.of(rs.getString("zone")), ContractType.valueOf(contract), rs.getString("duration"),
                Arrays.asList(rs.getString("languages").split(",")),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(), rs.getString("apply_url"),
                rs.getString("apply_email"), rs.getBoolean("demonstration"));
    }
}
