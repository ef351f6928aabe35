package org.herald.importer;

import java.util.EnumMap;
import java.util.Map;

import org.herald.importer.recover.ImportRecord.Status;

/** How many items ended in each status; updated as a run goes, read by the progress page. */
public final class ImportSummary {

    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);

    synchronized void count(Status status) {
        counts.merge(status, 1, Integer::sum);
    }

    public synchronized int get(Status status) {
        return counts.getOrDefault(status, 0);
    }

    public synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public synchronized String toString() {
        return "imported " + get(Status.IMPORTED) + ", updated " + get(Status.UPDATED) + ", skipped "
                + get(Status.SKIPPED) + ", review " + get(Status.REVIEW) + ", failed " + get(Status.FAILED);
    }
}
