package org.herald.importer;

import java.nio.file.Path;
import java.util.Map;

import org.herald.support.HeraldProcess;
import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two nodes on one PostgreSQL database: the node running a batch is killed and the other finishes it. */
@PostgresTest
class ImportBatchTakeoverPostgresIntegrationTests extends ImportBatchTakeoverScenario {

    @Test
    void theOtherNodeFinishesTheBatchOfAKilledNode(@TempDir Path a, @TempDir Path b) throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            Map<String, String> settings = quickTakeover(Map.of("HERALD_DB_URL", database.jdbcUrl(),
                    "HERALD_DB_USER", database.user(), "HERALD_DB_PASSWORD", database.password(),
                    "HERALD_DB_POOL_SIZE", "6"));
            try (HeraldProcess first = HeraldProcess.start("takeover-a", a, settings);
                    HeraldProcess second = HeraldProcess.start("takeover-b", b, settings)) {
                first.awaitReady(START);
                second.awaitReady(START);
                String batch = uploadAndKillPartWay(first);
                awaitTakenOverAndDone(second, batch);
                assertStoredOnceAndWhole(JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(),
                        database.user(), database.password())), batch, "takeover-b");
            }
        }
    }
}
