package org.herald.importer.crawl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The importer's word lists, read from resource files under {@code importer/words/} (UTF-8; "#"
 * starts a comment line): adding a language or a label is a change to a file, not to the code.
 */
public final class WordLists {

    private static final String FOLDER = "importer/words/";

    private WordLists() {
    }

    /** The file's lines, without comments and blank lines. */
    public static List<String> lines(String file) {
        String resource = FOLDER + file;
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String clean = line.strip();
                    if (!clean.isEmpty() && !clean.startsWith("#")) {
                        lines.add(clean);
                    }
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's "key=word, word, ..." lines, in the file's order. */
    public static Map<String, List<String>> entries(String file) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                entries.put(line.substring(0, eq).strip(), Arrays.stream(line.substring(eq + 1).split(","))
                        .map(String::strip).filter(w -> !w.isEmpty()).toList());
            }
        }
        return entries;
    }
}
