package org.herald.importer.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the import's records for one set of the corpus (src/test/resources/import-corpus/SET)
 * against the records a person keyed, field by field (issue 25). Records are matched to the
 * expected ones by file name and order within the file; a missing or failed record scores every
 * field wrong.
 *
 * <p>Units: title, date, dateline, language, kind, countries, organizations and themes count one
 * per item (sets compared whole); each contact field counts one per contact (expected and found
 * contacts paired in order, an unpaired one is wrong); figures count one per figure in either
 * list, right when both have it as (country, value).
 *
 * <p>{@code java -cp … CorpusScore dev=dev.jsonl test=test.jsonl} prints the table for the
 * records the jar's {@code import --dry-run --json} wrote (bench/import-corpus/score.sh).
 */
public final class CorpusScore {

    /** The fields, in the order the table shows them. */
    public static final List<String> FIELDS = List.of("title", "date", "dateline", "language", "kind", "countries",
            "contact names", "contact offices", "contact phones", "contact e-mails", "figures", "organizations",
            "themes");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    private CorpusScore() {
    }

    /** What one set scored: per field, right and total; the dates invented; the differences. */
    public record Score(String set, Map<String, int[]> fields, int items, int inventedDates, int review,
                        List<String> differences) {

        public double fraction(String field) {
            int[] f = fields.get(field);
            return f[1] == 0 ? 1.0 : (double) f[0] / f[1];
        }

        public double overall() {
            int right = fields.values().stream().mapToInt(f -> f[0]).sum();
            int total = fields.values().stream().mapToInt(f -> f[1]).sum();
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    /** Scores the records (as the import's JSON gives them) of the set's pages. */
    public static Score score(String set, List<JsonNode> records) {
        Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
        for (JsonNode record : records) {
            actual.computeIfAbsent(fileOf(record.get("source").asString()), k -> new ArrayList<>()).add(record);
        }
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[2]));
        List<String> differences = new ArrayList<>();
        int items = 0;
        int invented = 0;
        int review = 0;
        Path expectedDir = CORPUS.resolve(set).resolve("expected");
        try (Stream<Path> files = Files.list(expectedDir)) {
            for (Path file : files.sorted().toList()) {
                JsonNode list = JSON.readTree(Files.readString(file));
                for (int i = 0; i < list.size(); i++) {
                    JsonNode expected = list.get(i);
                    String name = expected.get("file").asString();
                    List<JsonNode> found = actual.getOrDefault(name, List.of());
                    JsonNode got = i < found.size() && !"failed".equals(text(found.get(i), "status")) ? found.get(i)
                            : null;
                    items++;
                    if (got != null && "review".equals(text(got, "status"))) {
                        review++;
                    }
                    if (got != null && expected.get("date").isNull() && !got.get("date").isNull()) {
                        invented++;
                    }
                    compare(name + "#" + (i + 1), expected, got, fields, differences);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Score(set, fields, items, invented, review, differences);
    }

    private static void compare(String where, JsonNode expected, JsonNode got, Map<String, int[]> fields,
                                List<String> differences) {
        count(fields, differences, where, "title", norm(text(expected, "title")),
                got == null ? "<missing>" : norm(text(got, "title")));
        count(fields, differences, where, "date", text(expected, "date"), got == null ? "<missing>" : text(got, "date"));
        count(fields, differences, where, "dateline", dateline(expected.get("dateline")),
                got == null ? "<missing>" : dateline(got.get("dateline")));
        count(fields, differences, where, "language", text(expected, "language"),
                got == null ? "<missing>" : text(got, "language"));
        count(fields, differences, where, "kind", text(expected, "kind"), got == null ? "<missing>" : text(got, "kind"));
        for (String set : List.of("countries", "organizations", "themes")) {
            count(fields, differences, where, set, strings(expected.get(set)),
                    got == null ? Set.of("<missing>") : strings(got.get(set)));
        }
        contacts(where, expected.get("contacts"), got == null ? null : got.get("contacts"), fields, differences);
        figures(where, expected.get("figures"), got == null ? null : got.get("figures"), fields, differences);
    }

    private static void contacts(String where, JsonNode expected, JsonNode got, Map<String, int[]> fields,
                                 List<String> differences) {
        int n = Math.max(expected.size(), got == null ? 0 : got.size());
        for (int i = 0; i < n; i++) {
            JsonNode e = i < expected.size() ? expected.get(i) : null;
            JsonNode a = got != null && i < got.size() ? got.get(i) : null;
            String at = where + " contact " + (i + 1);
            count(fields, differences, at, "contact names", e == null ? "<none>" : norm(text(e, "name")),
                    a == null ? "<none>" : norm(text(a, "name")));
            count(fields, differences, at, "contact offices", e == null ? "<none>" : office(text(e, "office")),
                    a == null ? "<none>" : office(text(a, "office")));
            count(fields, differences, at, "contact phones", e == null ? "<none>" : strings(e.get("phones")),
                    a == null ? "<none>" : strings(a.get("phones")));
            count(fields, differences, at, "contact e-mails", e == null ? "<none>" : lower(strings(e.get("emails"))),
                    a == null ? "<none>" : lower(strings(a.get("emails"))));
        }
    }

    private static void figures(String where, JsonNode expected, JsonNode got, Map<String, int[]> fields,
                                List<String> differences) {
        Set<String> e = new TreeSet<>();
        expected.forEach(f -> e.add(figure(f)));
        Set<String> a = new TreeSet<>();
        if (got != null) {
            got.forEach(f -> a.add(figure(f)));
        }
        Set<String> all = new TreeSet<>(e);
        all.addAll(a);
        int[] f = fields.get("figures");
        for (String one : all) {
            f[1]++;
            if (e.contains(one) && a.contains(one)) {
                f[0]++;
            } else {
                differences.add(where + " figures: " + (e.contains(one) ? "missed " : "not stated ") + one);
            }
        }
    }

    private static String figure(JsonNode f) {
        return text(f, "country") + " " + new java.math.BigDecimal(f.get("value").asString()).stripTrailingZeros()
                .toPlainString();
    }

    private static void count(Map<String, int[]> fields, List<String> differences, String where, String field,
                              Object expected, Object actual) {
        int[] f = fields.get(field);
        f[1]++;
        if (Objects.equals(expected, actual)) {
            f[0]++;
        } else {
            differences.add(where + " " + field + ": expected " + expected + ", got " + actual);
        }
    }

    private static String dateline(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return norm(text(node, "city")).toLowerCase(Locale.ROOT) + "/" + text(node, "country");
    }

    /** An office as written, without the article or preposition the sentence gave it. */
    private static String office(String office) {
        if (office == null) {
            return null;
        }
        return norm(office).replaceFirst("^(?i)(l'|la |el |le |the )", "");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String norm(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    private static Set<String> lower(Set<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** "dev/pages/033-wxr-en.xml#post-101" → "033-wxr-en.xml". */
    static String fileOf(String source) {
        String path = source.split("#", 2)[0];
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The table: one row per field, one column per set. */
    public static String table(List<Score> scores) {
        StringBuilder out = new StringBuilder("| field |");
        scores.forEach(s -> out.append(' ').append(s.set()).append(" (").append(s.items()).append(" items) |"));
        out.append("\n|---|");
        scores.forEach(s -> out.append("---:|"));
        out.append('\n');
        for (String field : FIELDS) {
            out.append("| ").append(field).append(" |");
            scores.forEach(s -> out.append(String.format(Locale.ROOT, " %.1f%% (%d/%d) |", 100 * s.fraction(field),
                    s.fields().get(field)[0], s.fields().get(field)[1])));
            out.append('\n');
        }
        out.append("| **overall** |");
        scores.forEach(s -> out.append(String.format(Locale.ROOT, " **%.1f%%** |", 100 * s.overall())));
        out.append("\n| dates invented |");
        scores.forEach(s -> out.append(' ').append(s.inventedDates()).append(" |"));
        out.append("\n| items sent to review |");
        scores.forEach(s -> out.append(' ').append(s.review()).append(" |"));
        return out.append('\n').toString();
    }

    /**
     * Prints the table for records files given as SET=FILE (JSON Lines, as {@code import --json}
     * writes them); with {@code --differences SET}, also that set's differences.
     */
    public static void main(String[] args) throws IOException {
        List<Score> scores = new ArrayList<>();
        String show = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--differences")) {
                show = args[++i];
                continue;
            }
            String[] pair = args[i].split("=", 2);
            List<JsonNode> records = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(pair[1]))) {
                if (line.startsWith("{")) {
                    records.add(JSON.readTree(line));
                }
            }
            scores.add(score(pair[0], records));
        }
        System.out.print(table(scores));
        for (Score s : scores) {
            if (s.set().equals(show)) {
                s.differences().forEach(System.out::println);
            }
        }
    }
}
