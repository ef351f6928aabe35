package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every change of an item's state goes through {@link Workflow} and the table in
 * {@link Transition}: no other code under {@code src/main/java} writes {@code content_item.status}.
 * Reads the SQL in the sources' string literals and text blocks, with the constants they are
 * joined from; a new item may only be inserted as a draft, where every item starts.
 */
class WorkflowPathTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path WORKFLOW = Path.of("org/herald/content/Workflow.java");

    private static final Pattern UPDATE = Pattern.compile(
            "\\bUPDATE\\s+content_item\\s+SET\\s+((?:(?!\\bWHERE\\b).)*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INSERT = Pattern.compile(
            "\\b(?:INSERT|MERGE)\\s+INTO\\s+content_item\\b\\s*(?:\\(([^)]*)\\))?\\s*(?:VALUES\\s*\\((.*)\\))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STATUS_SET = Pattern.compile("\\bstatus\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void onlyTheWorkflowWritesAnItemsStatus() throws IOException {
        Map<Path, List<String>> writers = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                List<String> writes = statusWrites(read(file));
                if (!writes.isEmpty()) {
                    writers.put(SOURCES.relativize(file), writes);
                }
            });
        }
        assertThat(writers.get(WORKFLOW)).as("the workflow's own writes are found").hasSize(2);
        writers.remove(WORKFLOW);
        assertThat(writers).as("code other than content/Workflow.java writing content_item.status").isEmpty();
    }

    @Test
    void aStatusWrittenAnyOtherWayIsFound() {
        assertThat(statusWrites("""
                class Sneaky {
                    static final String SET = "status = 'PUBLISHED', updated_at = :now";
                    void run() { jdbc.sql("UPDATE content_item SET " + SET + " WHERE id = :id"); }
                }
                """)).hasSize(1);
        assertThat(statusWrites("""
                class Sneaky {
                    private static final String COLUMNS = \"""
                            id, status, title\""";
                    void run() { writes.sql("INSERT INTO content_item (" + COLUMNS + ") VALUES (:id, :status, :t)"); }
                }
                """)).hasSize(1);
        assertThat(statusWrites("""
                class Fine {
                    // UPDATE content_item SET status = 'X' in a comment is not code
                    void run() {
                        jdbc.sql("UPDATE content_item SET publish_at = NULL WHERE status = 'SCHEDULED'");
                        jdbc.sql("INSERT INTO content_item (id, status, title) VALUES (:id, 'DRAFT', :title)");
                    }
                }
                """)).isEmpty();
    }

    /** The SQL texts of a source file that set {@code content_item.status} to anything but a new draft. */
    static List<String> statusWrites(String source) {
        List<String> writes = new ArrayList<>();
        for (String sql : texts(source)) {
            Matcher update = UPDATE.matcher(sql);
            while (update.find()) {
                if (STATUS_SET.matcher(update.group(1)).find()) {
                    writes.add(sql);
                }
            }
            Matcher insert = INSERT.matcher(sql);
            while (insert.find()) {
                if (!insertsADraftAtMost(insert.group(1), insert.group(2))) {
                    writes.add(sql);
                }
            }
        }
        return writes;
    }

    /** Whether an insert leaves the status out, or gives it as the literal 'DRAFT'. */
    private static boolean insertsADraftAtMost(String columns, String values) {
        if (columns == null) {
            return false;
        }
        List<String> names = topLevel(columns);
        int status = names.indexOf("status");
        if (status < 0) {
            return true;
        }
        if (values == null) {
            return false;
        }
        List<String> given = topLevel(values);
        return status < given.size() && given.get(status).equals("'DRAFT'");
    }

    /** Comma-separated parts outside parentheses, trimmed and in lower case but for literals. */
    private static List<String> topLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : list.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(normal(part));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(normal(part));
        return parts;
    }

    private static String normal(StringBuilder part) {
        String text = part.toString().trim();
        return text.startsWith("'") ? text : text.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Every run of string literals, text blocks and constants joined by {@code +} in the file,
     * as the text it makes; constants are the file's own {@code String} fields, comments skipped.
     */
    static List<String> texts(String source) {
        List<Object> tokens = tokens(source);
        Map<String, String> constants = new HashMap<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if ("String".equals(tokens.get(i)) && tokens.get(i + 1) instanceof String name
                        && "=".equals(tokens.get(i + 2))) {
                    constants.put(name, join(tokens, i + 3, constants).text());
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Text) {
                int start = i;
                while (start >= 2 && "+".equals(tokens.get(start - 1)) && tokens.get(start - 2) instanceof String name
                        && Character.isJavaIdentifierStart(name.charAt(0))) {
                    start -= 2;
                }
                Joined joined = join(tokens, start, constants);
                texts.add(joined.text());
                i = Math.max(i, joined.end() - 1);
            }
        }
        return texts;
    }

    private record Text(String value) {
    }

    private record Joined(String text, int end) {
    }

    private static Joined join(List<Object> tokens, int from, Map<String, String> constants) {
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < tokens.size()) {
            Object token = tokens.get(i);
            if (token instanceof Text literal) {
                text.append(literal.value());
            } else if (token instanceof String name && Character.isJavaIdentifierStart(name.charAt(0))) {
                text.append(constants.getOrDefault(name, ""));
            } else {
                break;
            }
            i++;
            if (i < tokens.size() && "+".equals(tokens.get(i))) {
                i++;
            } else {
                break;
            }
        }
        return new Joined(text.toString(), i);
    }

    /** Literals as {@link Text}, identifiers and single characters as strings; comments and spaces dropped. */
    private static List<Object> tokens(String source) {
        List<Object> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                tokens.add(new Text(source.substring(start, end).replace("\\\"", "\"")));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(source.charAt(i++));
                }
                tokens.add(new Text(value.toString()));
                i++;
            } else if (c == '\'') {
                int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                tokens.add(source.substring(start, i));
            } else {
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
                i++;
            }
        }
        return tokens;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
