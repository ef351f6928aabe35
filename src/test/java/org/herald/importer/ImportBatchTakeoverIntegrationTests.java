package org.herald.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.herald.support.HeraldProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** One node on the embedded database, killed while it runs a batch: started again, it finishes the batch. */
class ImportBatchTakeoverIntegrationTests extends ImportBatchTakeoverScenario {

    @Test
    void theNodeStartedAgainFinishesTheBatchItWasKilledIn(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Map<String, String> settings = quickTakeover(Map.of());
        String batch;
        try (HeraldProcess node = HeraldProcess.start("takeover-h2", data, settings)) {
            node.awaitReady(START);
            batch = uploadAndKillPartWay(node);
        }
        // Started again under the same name, as a single server is: it must not mistake the batch for one it runs.
        try (HeraldProcess again = HeraldProcess.start("takeover-h2", data, settings)) {
            again.awaitReady(START);
            awaitTakenOverAndDone(again, batch);
        }
        // The node is down again, so the test may open its database file.
        SingleConnectionDataSource h2 = new SingleConnectionDataSource("jdbc:h2:file:" + data.toAbsolutePath()
                + "/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true);
        try {
            assertStoredOnceAndWhole(JdbcClient.create(h2), batch, "takeover-h2");
        } finally {
            h2.destroy();
        }
    }
}
