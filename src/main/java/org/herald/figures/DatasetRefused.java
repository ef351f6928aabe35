package org.herald.figures;

import java.util.List;

/** An upload refused, with every problem found, line by line; nothing of it was stored. */
public class DatasetRefused extends RuntimeException {

    private final List<RowProblem> problems;

    public DatasetRefused(List<RowProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    static DatasetRefused of(String messageKey, Object... args) {
        return new DatasetRefused(List.of(RowProblem.of(0, messageKey, args)));
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
