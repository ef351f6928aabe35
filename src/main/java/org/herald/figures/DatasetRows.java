package org.herald.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.content.Slugs;

/**
 * The rows of a file checked one by one against a column mapping: a known country, a year or a
 * date, a number (with a decimal comma when the file writes them so), no negative count, no
 * second row for the same indicator, country and year. Each refused row is named with its line.
 */
final class DatasetRows {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-\\d{1,2}(?:-\\d{1,2})?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./](\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile(".*(\\d\\.\\d{3},\\d|,\\d{1,2}$|,\\d{4,}$).*");
    private static final Pattern POINT_DECIMAL = Pattern.compile(".*(\\d,\\d{3}\\.\\d).*");
    private static final int LONGEST_CODE = 80;

    private DatasetRows() {
    }

    /** A value read from a row. */
    record Value(String indicatorCode, String indicatorName, String country, int year, BigDecimal amount) {
    }

    /** The values of the rows accepted, the problems of those refused, and whether numbers had a decimal comma. */
    record Checked(List<Value> values, List<RowProblem> problems, boolean decimalComma) {
    }

    static Checked check(CsvTable table, ColumnMapping mapping, Function<String, Optional<String>> countries,
                         boolean counts, String datasetIndicator) {
        boolean decimalComma = decimalComma(table, mapping.value());
        List<Value> values = new ArrayList<>(table.rows().size());
        List<RowProblem> problems = new ArrayList<>(table.problems());
        Map<String, Long> seen = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            long line = row.line();
            String countryCell = row.cells().get(mapping.country());
            Optional<String> country = countries.apply(countryCell);
            if (country.isEmpty()) {
                problems.add(RowProblem.of(line, "datasets.problem.country", countryCell));
                continue;
            }
            String yearCell = row.cells().get(mapping.year());
            Integer year = year(yearCell);
            if (year == null) {
                problems.add(RowProblem.of(line, "datasets.problem.year", yearCell));
                continue;
            }
            String indicator = mapping.indicator() < 0 ? datasetIndicator : row.cells().get(mapping.indicator()).strip();
            String code = codes.computeIfAbsent(indicator, DatasetRows::code);
            if (code.isEmpty()) {
                problems.add(RowProblem.of(line, "datasets.problem.indicator", indicator));
                continue;
            }
            String valueCell = row.cells().get(mapping.value());
            BigDecimal amount = number(valueCell, decimalComma);
            if (amount == null) {
                problems.add(RowProblem.of(line, valueCell.isBlank() ? "datasets.problem.no-value"
                        : "datasets.problem.number", valueCell));
                continue;
            }
            if (counts && amount.signum() < 0) {
                problems.add(RowProblem.of(line, "datasets.problem.negative", valueCell));
                continue;
            }
            Long earlier = seen.putIfAbsent(code + "|" + country.get() + "|" + year, line);
            if (earlier != null) {
                problems.add(RowProblem.of(line, "datasets.problem.duplicate", earlier));
                continue;
            }
            values.add(new Value(code, indicator, country.get(), year, amount));
        }
        problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
        return new Checked(values, problems, decimalComma);
    }

    /** An indicator's code: its name as a slug, "" when it has none. */
    static String code(String name) {
        String slug = Slugs.slugify(name);
        return slug.length() > LONGEST_CODE ? slug.substring(0, LONGEST_CODE).replaceAll("-+$", "") : slug;
    }

    static Integer year(String cell) {
        String text = cell.strip();
        Matcher matcher = YEAR.matcher(text);
        if (!matcher.matches()) {
            matcher = DAY_FIRST.matcher(text);
            if (!matcher.matches()) {
                return null;
            }
        }
        int year = Integer.parseInt(matcher.group(1));
        return year >= 1800 && year <= 2200 ? year : null;
    }

    /**
     * Whether the file writes numbers with a decimal comma: some value has one for certain
     * ("1.234,5", "12,5"), or none has a decimal point for certain ("1,234.5") and the file is
     * not comma-separated while a value has a comma (a semicolon file's "1234,5").
     */
    private static boolean decimalComma(CsvTable table, int column) {
        boolean comma = false;
        boolean point = false;
        boolean anyComma = false;
        for (CsvTable.Row row : table.rows()) {
            if (column >= row.cells().size()) {
                continue;
            }
            String cell = row.cells().get(column).strip();
            if (cell.indexOf(',') < 0) {
                continue;
            }
            anyComma = true;
            comma |= COMMA_DECIMAL.matcher(cell).matches();
            point |= POINT_DECIMAL.matcher(cell).matches();
        }
        return comma && !point || !point && anyComma && table.delimiter() != ',';
    }

    static BigDecimal number(String cell, boolean decimalComma) {
        StringBuilder digits = new StringBuilder(cell.length());
        for (char c : cell.strip().toCharArray()) {
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == (decimalComma ? '.' : ',')) {
                continue;
            }
            digits.append(c == ',' ? '.' : c == '\u2212' ? '-' : c);
        }
        String text = digits.toString();
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }
}
