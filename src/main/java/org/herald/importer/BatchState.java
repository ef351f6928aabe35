package org.herald.importer;

import java.util.Locale;

/** Where an import batch stands in {@code import_batch}: running on a node, done, or failed. */
enum BatchState {
    RUNNING, DONE, FAILED;

    /** As the column holds it: "running". */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
