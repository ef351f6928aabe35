package org.herald.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tables of {@code docs/permissions.md}, the written rules the tests hold the code
 * to: the rows of the table under a {@code ## } heading, each as its trimmed cells.
 */
public final class PermissionsDoc {

    static final Path FILE = Path.of("docs/permissions.md");

    private PermissionsDoc() {
    }

    /** The body rows (no header, no separator) of the first table after the heading. */
    public static List<List<String>> table(String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("## " + heading);
        if (start < 0) {
            throw new IllegalStateException("no section '## " + heading + "' in " + FILE);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (!rows.isEmpty() || !header) {
                    if (!rows.isEmpty()) {
                        break;
                    }
                }
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|");
            rows.add(Arrays.stream(cells).map(String::trim).toList());
        }
        return rows;
    }
}
