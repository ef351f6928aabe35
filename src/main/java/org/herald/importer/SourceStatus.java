package org.herald.importer;

import java.util.Locale;

/** Where an imported source stands in {@code import_source}: stored, waiting for review, or accepted after it. */
enum SourceStatus {
    IMPORTED, REVIEW, ACCEPTED;

    /** As the column holds it: "review". */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SourceStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
