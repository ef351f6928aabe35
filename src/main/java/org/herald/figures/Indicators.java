package org.herald.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicators the datasets make, and their values: those of each dataset's current version.
 * What the indicator pages chart and map, the country pages' "Migration in figures" block and the
 * API read.
 */
@Component
public class Indicators {

    private static final String VALUES = """
            SELECT v.indicator_code, v.country_code, v.value_year, v.amount, d.id
            FROM dataset_value v JOIN dataset d ON d.current_version = v.version_id
            """;

    private final JdbcClient jdbc;
    private final Datasets datasets;

    Indicators(JdbcClient jdbc, Datasets datasets) {
        this.jdbc = jdbc;
        this.datasets = datasets;
    }

    /** Every indicator, by its name in the language's alphabetical order. */
    public List<Indicator> all(Language language) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
        List<Indicator> all = new ArrayList<>(read(null).values());
        all.sort(Comparator.comparing((Indicator indicator) -> indicator.name(language), collator::compare));
        return all;
    }

    /** Every indicator by its code. */
    Map<String, Indicator> byCode() {
        return read(null);
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(read(code).get(code));
    }

    /** An indicator's values for a country, by ascending year. */
    public List<IndicatorValue> series(String indicator, String countryCode) {
        // Its own query, not values(...): "(:x IS NULL OR column = :x)" keeps H2 from the index,
        // and a line chart of five countries then read 280,000 values five times (2 s).
        Dependencies.onAny(UploadDataset.DATASET);
        return jdbc.sql(VALUES + " WHERE v.indicator_code = :indicator AND v.country_code = :country"
                        + " ORDER BY v.value_year")
                .param("indicator", indicator).param("country", countryCode).query((rs, n) -> value(rs)).list();
    }

    /** The latest value of an indicator for each country that has one, by country code. */
    public List<IndicatorValue> latestByCountry(String indicator) {
        Dependencies.onAny(UploadDataset.DATASET);
        // Every current value of the indicator by country and year, the last of each country kept:
        // one pass over the (indicator, country, year) index, where a correlated MAX per row took
        // 1.9 s at 200 countries x 70 years on H2.
        Map<String, IndicatorValue> latest = new LinkedHashMap<>();
        jdbc.sql(VALUES + " WHERE v.indicator_code = :code ORDER BY v.country_code, v.value_year")
                .param("code", indicator).query((ResultSet rs) -> {
                    IndicatorValue value = value(rs);
                    latest.put(value.countryCode(), value);
                });
        return List.copyOf(latest.values());
    }

    /** The latest value of each indicator for a country, with its dataset, by the indicator's name. */
    public List<LatestValue> latestFor(String countryCode, Language language) {
        Dependencies.onAny(UploadDataset.DATASET);
        Map<String, Map.Entry<Long, IndicatorValue>> last = new LinkedHashMap<>();
        jdbc.sql(VALUES + " WHERE v.country_code = :country ORDER BY v.indicator_code, v.value_year")
                .param("country", countryCode).query((ResultSet rs) -> {
                    IndicatorValue value = value(rs);
                    last.put(value.indicator(), Map.entry(rs.getLong(5), value));
                });
        List<Map.Entry<Long, IndicatorValue>> latest = List.copyOf(last.values());
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<String, Indicator> indicators = read(null);
        Map<Long, Dataset> byId = datasets.all().stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
        Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
        return latest.stream().filter(entry -> indicators.containsKey(entry.getValue().indicator()))
                .map(entry -> new LatestValue(indicators.get(entry.getValue().indicator()), entry.getValue(),
                        byId.get(entry.getKey())))
                .sorted(Comparator.comparing((LatestValue value) -> value.indicator().name(language), collator::compare))
                .toList();
    }

    /**
     * The current values of an indicator (null: any), a country (null: any) and a year (null: any),
     * by indicator, country and year, at most {@code limit}.
     */
    public List<IndicatorValue> values(String indicator, String countryCode, Integer year, int limit) {
        Dependencies.onAny(UploadDataset.DATASET);
        return jdbc.sql(VALUES + " " + """
                 WHERE (:indicator IS NULL OR v.indicator_code = :indicator)
                   AND (:country IS NULL OR v.country_code = :country)
                   AND (:year IS NULL OR v.value_year = :year)
                 ORDER BY v.indicator_code, v.country_code, v.value_year FETCH FIRST %d ROWS ONLY
                """.formatted(Math.max(0, limit)))
                .param("indicator", indicator, java.sql.Types.VARCHAR).param("country", countryCode, java.sql.Types.VARCHAR)
                .param("year", year, java.sql.Types.INTEGER).query((rs, n) -> value(rs)).list();
    }

    /** The indicators with a current value for the country (null: any) in the year (null: any). */
    public java.util.Set<String> withValues(String countryCode, Integer year) {
        Dependencies.onAny(UploadDataset.DATASET);
        return new java.util.TreeSet<>(jdbc.sql("""
                SELECT DISTINCT v.indicator_code FROM dataset_value v JOIN dataset d ON d.current_version = v.version_id
                WHERE (:country IS NULL OR v.country_code = :country) AND (:year IS NULL OR v.value_year = :year)
                """).param("country", countryCode, java.sql.Types.VARCHAR).param("year", year, java.sql.Types.INTEGER)
                .query(String.class).list());
    }

    private static IndicatorValue value(ResultSet rs) throws SQLException {
        return new IndicatorValue(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4).stripTrailingZeros());
    }

    private Map<String, Indicator> read(String code) {
        Dependencies.onAny(UploadDataset.DATASET);
        Map<String, Map<Language, String>> names = new HashMap<>();
        jdbc.sql("SELECT indicator_code, language, name FROM indicator_name WHERE (:code IS NULL OR indicator_code = :code)")
                .param("code", code, java.sql.Types.VARCHAR).query((ResultSet rs) -> {
                    Language language = Language.fromCode(rs.getString(2)).orElse(null);
                    if (language != null) {
                        names.computeIfAbsent(rs.getString(1), c -> new EnumMap<>(Language.class))
                                .put(language, rs.getString(3));
                    }
                });
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT i.code, i.unit, d.slug FROM indicator i JOIN dataset d ON d.id = i.dataset_id
                WHERE d.current_version IS NOT NULL AND (:code IS NULL OR i.code = :code) ORDER BY i.code
                """).param("code", code, java.sql.Types.VARCHAR)
                .query((ResultSet rs) -> {
                    indicators.put(rs.getString(1), new Indicator(rs.getString(1),
                            Map.copyOf(names.getOrDefault(rs.getString(1), Map.of())), rs.getString(2), rs.getString(3)));
                });
        return indicators;
    }
}
