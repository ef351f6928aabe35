package org.herald.figures;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The datasets published, their versions and their values, as the public pages, downloads and
 * the API read them. Every read depends on any change of any dataset (an upload is rare).
 */
@Component
public class Datasets {

    /** Values read at a time by a download: its memory stays the same however large the selection. */
    static final int PAGE = 5000;

    private final JdbcClient jdbc;

    Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every dataset with a version, by slug. */
    public List<Dataset> all() {
        return read(null);
    }

    public Optional<Dataset> find(String slug) {
        return read(slug).stream().findFirst();
    }

    /** A dataset's versions, newest first. */
    public List<DatasetVersion> versions(long datasetId) {
        Dependencies.onAny(UploadDataset.DATASET);
        return jdbc.sql("""
                SELECT id, version, file_name, value_count, skipped_rows, uploaded_at FROM dataset_version
                WHERE dataset_id = :id ORDER BY version DESC
                """).param("id", datasetId).query((rs, n) -> new DatasetVersion(rs.getLong(1), rs.getInt(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    /** The first values of a version, in the order of its file. */
    public List<IndicatorValue> values(long versionId, int limit) {
        Dependencies.onAny(UploadDataset.DATASET);
        return page(Selection.version(versionId), 0, limit).stream().map(row -> row.sourced().value()).toList();
    }

    /** What a download selects: one version's values, or the current values of an indicator or a country. */
    record Selection(String where, Object value) {

        static Selection version(long versionId) {
            return new Selection("v.version_id = :v", versionId);
        }

        static Selection indicator(String code) {
            return new Selection("v.indicator_code = :v AND d.current_version = v.version_id", code);
        }

        static Selection country(String code) {
            return new Selection("v.country_code = :v AND d.current_version = v.version_id", code);
        }
    }

    /** A value with the dataset (by id) it belongs to. */
    record Sourced(long datasetId, IndicatorValue value) {
    }

    private record Paged(long id, Sourced sourced) {
    }

    /**
     * Hands every value of the selection to {@code each}, in pages of {@link #PAGE}: each page is
     * read and its result closed before the values are handed on, so a slow reader of a download
     * holds no query open, and memory holds one page.
     */
    void stream(Selection selection, Consumer<Sourced> each) {
        long after = 0;
        List<Paged> page;
        do {
            page = page(selection, after, PAGE);
            page.forEach(row -> each.accept(row.sourced()));
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE);
    }

    private List<Paged> page(Selection selection, long after, int limit) {
        return jdbc.sql("""
                SELECT v.id, d.id, v.indicator_code, v.country_code, v.value_year, v.amount
                FROM dataset_value v JOIN dataset_version dv ON dv.id = v.version_id JOIN dataset d ON d.id = dv.dataset_id
                WHERE %s AND v.id > :after ORDER BY v.id FETCH FIRST %d ROWS ONLY
                """.formatted(selection.where(), limit)).param("v", selection.value()).param("after", after)
                .query((rs, n) -> new Paged(rs.getLong(1), new Sourced(rs.getLong(2), new IndicatorValue(
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6).stripTrailingZeros()))))
                .list();
    }

    private List<Dataset> read(String slug) {
        Dependencies.onAny(UploadDataset.DATASET);
        Map<Long, Map<Language, DatasetDetails.Text>> texts = new HashMap<>();
        jdbc.sql("SELECT dataset_id, language, title, description FROM dataset_text").query((ResultSet rs) -> {
            Language language = Language.fromCode(rs.getString(2)).orElse(null);
            if (language != null) {
                texts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Language.class))
                        .put(language, new DatasetDetails.Text(rs.getString(3), rs.getString(4)));
            }
        });
        return jdbc.sql("""
                SELECT d.id, d.slug, d.source, d.licence, d.published_on, d.methodology, d.unit, d.coverage, d.counts,
                       d.demonstration, dv.version, dv.uploaded_at
                FROM dataset d JOIN dataset_version dv ON dv.id = d.current_version
                WHERE (:slug IS NULL OR d.slug = :slug) ORDER BY d.slug
                """).param("slug", slug, java.sql.Types.VARCHAR)
                .query((rs, n) -> new Dataset(rs.getLong(1), new DatasetDetails(rs.getString(2),
                        Map.copyOf(texts.getOrDefault(rs.getLong(1), Map.of())), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBoolean(9), rs.getBoolean(10)), rs.getInt(11), rs.getObject(12, OffsetDateTime.class)))
                .list();
    }
}
