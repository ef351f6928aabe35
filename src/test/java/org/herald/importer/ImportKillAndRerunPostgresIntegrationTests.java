package org.herald.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kill-and-rerun scenario on PostgreSQL, where a commit is on disk before it is reported. */
@PostgresTest
class ImportKillAndRerunPostgresIntegrationTests extends ImportKillAndRerunScenario {

    @Test
    void onPostgresqlEveryItemReportedBeforeTheKillIsKeptAndNoneIsDuplicated(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            Map<String, String> env = Map.of("HERALD_DB_URL", database.jdbcUrl(), "HERALD_DB_USER", database.user(),
                    "HERALD_DB_PASSWORD", database.password() == null ? "" : database.password());
            killAndRerun(dir, data, env, () -> DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password()), REPORTED_BEFORE_KILL);
        }
    }

}
