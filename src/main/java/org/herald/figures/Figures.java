package org.herald.figures;

import java.util.List;

import org.herald.changes.Dependencies;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures stored, by country and by source. */
@Component
public class Figures {

    private final JdbcClient jdbc;
    private final Writes writes;

    Figures(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** Replaces the figures taken from one article (on re-import, the text may have changed). */
    public void replaceFromSource(long sourceContentId, List<Figure> figures) {
        writes.sql("DELETE FROM figure WHERE source_content_id = :id").param("id", sourceContentId);
        addFromSource(sourceContentId, figures);
    }

    /** Adds the figures taken from an article that has none yet (one just stored). */
    public void addFromSource(long sourceContentId, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        writes.sql("""
                INSERT INTO figure (country_code, figure_value, unit, qualifier, sentence, source_content_id)
                VALUES :rows
                """)
                .param("rows", figures.stream().map(figure -> new Object[] {figure.countryCode(), figure.value(),
                        figure.unit(), figure.qualifier(), figure.sentence(), sourceContentId}).toList());
    }

    /** The figures about a country, largest first. */
    public List<Figure> forCountry(String countryCode) {
        // Figures come and go with the publication of their articles.
        Dependencies.onAny("content_item");
        return jdbc.sql("""
                SELECT country_code, figure_value, unit, qualifier, sentence, source_content_id FROM figure
                WHERE country_code = :country ORDER BY figure_value DESC, id
                """).param("country", countryCode).query(Figures::figure).list();
    }

    /** Every figure stored, largest first. */
    public List<Figure> all() {
        Dependencies.onAny("content_item");
        return jdbc.sql("""
                SELECT country_code, figure_value, unit, qualifier, sentence, source_content_id FROM figure
                ORDER BY figure_value DESC, id
                """).query(Figures::figure).list();
    }

    private static Figure figure(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Figure(rs.getString(1).trim(), rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6));
    }
}
