package org.herald.figures;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The writes of an upload, and the checks it makes against what is stored. */
@Component
class DatasetStore {

    /** Rows per INSERT: well under PostgreSQL's 65,535 parameters a statement. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Writes writes;

    DatasetStore(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    Long idOf(String slug) {
        return jdbc.sql("SELECT id FROM dataset WHERE slug = :slug").param("slug", slug).query(Long.class)
                .optional().orElse(null);
    }

    /** The datasets (by id) that made these indicators. */
    Map<String, Long> owners(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT code, dataset_id FROM indicator WHERE code IN (:codes)").param("codes", codes)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long insert(DatasetDetails details) {
        return writes.insert("""
                INSERT INTO dataset (slug, source, licence, published_on, methodology, unit, coverage, counts,
                                     demonstration) VALUES (:slug, :source, :licence, :published, :methodology, :unit,
                                     :coverage, :counts, :demonstration)
                """, params(details), broken -> DatasetRefused.of("datasets.problem.slug-taken", details.slug()));
    }

    void update(long id, DatasetDetails details) {
        writes.sql("""
                UPDATE dataset SET source = :source, licence = :licence, published_on = :published,
                    methodology = :methodology, unit = :unit, coverage = :coverage, counts = :counts,
                    demonstration = :demonstration WHERE id = :id
                """).params(params(details)).param("id", id);
        writes.sql("DELETE FROM dataset_text WHERE dataset_id = :id").param("id", id);
    }

    void writeTexts(long id, Map<Language, DatasetDetails.Text> texts) {
        writes.sql("INSERT INTO dataset_text (dataset_id, language, title, description) VALUES :rows")
                .param("rows", texts.entrySet().stream().map(text -> new Object[] {id, text.getKey().code(),
                        text.getValue().title(), text.getValue().description()}).toList());
    }

    int nextVersion(long datasetId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM dataset_version WHERE dataset_id = :id")
                .param("id", datasetId).query(Integer.class).single();
    }

    long insertVersion(long datasetId, int version, String fileName, int values, int skipped, String by,
                       OffsetDateTime at) {
        return writes.insert("""
                INSERT INTO dataset_version (dataset_id, version, file_name, value_count, skipped_rows, uploaded_by,
                                             uploaded_at) VALUES (:dataset, :version, :file, :values, :skipped, :by, :at)
                """, Map.of("dataset", datasetId, "version", version, "file", fileName, "values", values,
                        "skipped", skipped, "by", by, "at", at),
                broken -> DatasetRefused.of("datasets.problem.meanwhile"));
    }

    void insertValues(long versionId, List<DatasetRows.Value> values) {
        for (int from = 0; from < values.size(); from += CHUNK) {
            writes.sql("""
                    INSERT INTO dataset_value (version_id, indicator_code, country_code, value_year, amount)
                    VALUES :rows
                    """).param("rows", values.subList(from, Math.min(values.size(), from + CHUNK)).stream()
                    .map(value -> new Object[] {versionId, value.indicatorCode(), value.country(), value.year(),
                            value.amount()}).toList());
        }
        writes.sql("UPDATE dataset SET current_version = :version WHERE id = (SELECT dataset_id FROM dataset_version"
                + " WHERE id = :version)").param("version", versionId);
    }

    void insertIndicator(String code, String unit, long datasetId, Map<Language, String> names) {
        writes.sql("INSERT INTO indicator (code, unit, dataset_id) VALUES (:code, :unit, :dataset)")
                .param("code", code).param("unit", unit).param("dataset", datasetId);
        writes.sql("INSERT INTO indicator_name (indicator_code, language, name) VALUES :rows")
                .param("rows", names.entrySet().stream().map(name -> new Object[] {code, name.getKey().code(),
                        name.getValue()}).toList());
    }

    private static Map<String, Object> params(DatasetDetails details) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("slug", details.slug());
        params.put("source", details.source());
        params.put("licence", details.licence());
        params.put("published", details.publishedOn());
        params.put("methodology", details.methodology());
        params.put("unit", details.unit());
        params.put("coverage", details.coverage());
        params.put("counts", details.counts());
        params.put("demonstration", details.demonstration());
        return params;
    }
}
