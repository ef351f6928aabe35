package org.herald.content.backoffice;

import java.util.List;

/**
 * The comparison of one field between two versions of an item, line by line, side by side.
 *
 * @param label   the field's name, translated
 * @param changed whether the two versions differ in this field
 */
public record FieldDiff(String label, boolean changed, List<Line> lines) {

    /** A pair of lines: equal, changed, only on the left (deleted) or only on the right (inserted). */
    public record Line(String kind, List<Segment> left, List<Segment> right) {
    }

    /** A run of text within a line; {@code changed} marks the words that differ. */
    public record Segment(String text, boolean changed) {
    }
}
