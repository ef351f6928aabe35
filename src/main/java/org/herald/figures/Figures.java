package org.herald.figures;

import java.util.List;

import org.herald.changes.Dependencies;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures stored, by country and by source. */
@Component
public class Figures {

    /** The change log's name for a figure: a review changes what readers see. */
    public static final String ENTITY = "figure";

    private final JdbcClient jdbc;
    private final Writes writes;

    Figures(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /**
     * Replaces the figures taken from one article (on re-import, the text may have changed). An
     * editor's review stands: a figure confirmed, corrected or rejected stays as the editor left
     * it, and the same figure found again is not added beside it.
     */
    public void replaceFromSource(long sourceContentId, List<Figure> figures) {
        writes.sql("DELETE FROM figure WHERE source_content_id = :id AND review = 'FOUND'").param("id", sourceContentId);
        List<StoredFigure> reviewed = ofSource(sourceContentId);
        addFromSource(sourceContentId, figures.stream()
                .filter(found -> reviewed.stream().noneMatch(stored -> sameStatement(stored.figure(), found))).toList());
    }

    /** Whether two figures are the same statement of a text: the same sentence about the same country. */
    static boolean sameStatement(Figure one, Figure other) {
        return one.sentence().equals(other.sentence()) && java.util.Objects.equals(one.countryCode(), other.countryCode());
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
        Dependencies.onAny(ENTITY);
        return jdbc.sql("""
                SELECT country_code, figure_value, unit, qualifier, sentence, source_content_id FROM figure
                WHERE country_code = :country AND review <> 'REJECTED' ORDER BY figure_value DESC, id
                """).param("country", countryCode).query(Figures::figure).list();
    }

    /** Every figure stored, largest first. */
    public List<Figure> all() {
        Dependencies.onAny("content_item");
        Dependencies.onAny(ENTITY);
        return jdbc.sql("""
                SELECT country_code, figure_value, unit, qualifier, sentence, source_content_id FROM figure
                WHERE review <> 'REJECTED' ORDER BY figure_value DESC, id
                """).query(Figures::figure).list();
    }

    /** Every figure stored from one article, whatever its review, in the order they were stored. */
    public List<StoredFigure> ofSource(long sourceContentId) {
        return jdbc.sql("""
                SELECT country_code, figure_value, unit, qualifier, sentence, source_content_id, id, review, reviewed_by
                FROM figure WHERE source_content_id = :id ORDER BY id
                """).param("id", sourceContentId).query((rs, row) -> new StoredFigure(rs.getLong(7), figure(rs, row),
                        FigureReview.valueOf(rs.getString(8)), rs.getString(9))).list();
    }

    /** Stores a figure an editor reviewed before it was stored (one found in an article written in the editor). */
    void addReviewed(Figure figure, FigureReview review, String editor) {
        writes.sql("""
                INSERT INTO figure (country_code, figure_value, unit, qualifier, sentence, source_content_id, review,
                                    reviewed_by, reviewed_at)
                VALUES (:country, :value, :unit, :qualifier, :sentence, :source, :review, :editor, CURRENT_TIMESTAMP)
                """).param("country", figure.countryCode()).param("value", figure.value()).param("unit", figure.unit())
                .param("qualifier", figure.qualifier()).param("sentence", figure.sentence())
                .param("source", figure.sourceContentId()).param("review", review.name()).param("editor", editor);
    }

    /** Records an editor's review of a stored figure, with the figure as the editor left it. */
    void review(long id, Figure figure, FigureReview review, String editor) {
        writes.sql("""
                UPDATE figure SET country_code = :country, figure_value = :value, unit = :unit, qualifier = :qualifier,
                                  review = :review, reviewed_by = :editor, reviewed_at = CURRENT_TIMESTAMP
                WHERE id = :id
                """).param("country", figure.countryCode()).param("value", figure.value()).param("unit", figure.unit())
                .param("qualifier", figure.qualifier()).param("review", review.name()).param("editor", editor)
                .param("id", id);
    }

    private static Figure figure(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Figure(rs.getString(1).trim(), rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6));
    }
}
