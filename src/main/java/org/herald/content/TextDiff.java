package org.herald.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A side-by-side, line-by-line comparison of two versions of a text (java-diff-utils), as a
 * translator reads what changed in the source since the translation was made.
 */
public record TextDiff(String field, List<Row> rows) {

    /** How a line changed. */
    public enum Change { EQUAL, INSERTED, DELETED, CHANGED }

    /** One line of the comparison: the old text, the new text, and how it changed. */
    public record Row(Change change, String before, String after) {
    }

    /** The comparison of one field; blank lines are dropped, paragraphs compared as lines. */
    public static TextDiff of(String field, String before, String after) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).ignoreWhiteSpaces(true)
                .lineNormalizer(line -> line).build();
        List<Row> rows = new ArrayList<>();
        for (DiffRow row : generator.generateDiffRows(lines(before), lines(after))) {
            rows.add(new Row(change(row.getTag()), row.getOldLine(), row.getNewLine()));
        }
        return new TextDiff(field, rows);
    }

    /** Whether anything differs. */
    public boolean changed() {
        return rows.stream().anyMatch(row -> row.change() != Change.EQUAL);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static Change change(DiffRow.Tag tag) {
        if (tag == DiffRow.Tag.INSERT) {
            return Change.INSERTED;
        }
        if (tag == DiffRow.Tag.DELETE) {
            return Change.DELETED;
        }
        return tag == DiffRow.Tag.CHANGE ? Change.CHANGED : Change.EQUAL;
    }
}
