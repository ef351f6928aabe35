package org.herald.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Which column of a file holds the country, the year (or a date), the indicator (none: the
 * dataset is one indicator) and the value; columns counted from 0, -1 for none.
 */
public record ColumnMapping(int country, int year, int indicator, int value) {

    private static final Properties NAMES = load();

    /** The mapping guessed from the header's names ({@code figures/dataset-columns.properties}). */
    static ColumnMapping guess(List<String> header) {
        return new ColumnMapping(find(header, "country"), find(header, "year"), find(header, "indicator"),
                find(header, "value"));
    }

    /** The problem with this mapping of a file with these columns, or null when it can be used. */
    RowProblem problem(int columns) {
        if (country < 0 || year < 0 || value < 0) {
            return RowProblem.of(1, "datasets.problem.mapping");
        }
        List<Integer> used = indicator < 0 ? List.of(country, year, value) : List.of(country, year, indicator, value);
        if (used.stream().anyMatch(column -> column >= columns) || used.stream().distinct().count() != used.size()) {
            return RowProblem.of(1, "datasets.problem.mapping");
        }
        return null;
    }

    private static int find(List<String> header, String column) {
        List<String> names = Arrays.stream(NAMES.getProperty(column).split(",")).map(String::strip).toList();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (names.contains(cell)) {
                return i;
            }
        }
        return -1;
    }

    private static Properties load() {
        Properties names = new Properties();
        try (InputStream in = ColumnMapping.class.getResourceAsStream("/figures/dataset-columns.properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return names;
    }
}
