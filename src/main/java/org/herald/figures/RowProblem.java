package org.herald.figures;

import java.util.List;

/**
 * Why a line of an uploaded file, or the whole file (line 0), is refused: a message key of the
 * figures bundle and its arguments.
 *
 * @param line the line of the file (1 is the header), or 0 for the file as a whole
 */
public record RowProblem(long line, String messageKey, List<String> args) {

    static RowProblem of(long line, String messageKey, Object... args) {
        return new RowProblem(line, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Whether it refuses the whole file rather than one row (which the editor may skip). */
    public boolean wholeFile() {
        return line <= 1;
    }
}
