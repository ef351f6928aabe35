package org.herald.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kill-and-rerun scenario on the embedded H2 database. */
class ImportKillAndRerunIntegrationTests extends ImportKillAndRerunScenario {

    @Test
    void onTheEmbeddedDatabaseNoItemIsDuplicatedOrHalfStored(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        // H2 writes its log to disk about once a second: items committed just before the kill
        // may be lost and imported again, but never twice and never in part.
        killAndRerun(dir, data, Map.of(), () -> DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                + "/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""), 1);
    }

}
