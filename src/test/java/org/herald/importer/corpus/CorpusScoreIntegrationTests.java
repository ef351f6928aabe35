package org.herald.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.herald.importer.Importer;
import org.herald.support.HeraldOnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus scorer runs over the frozen test set with the import's dry run and reports every
 * field. It asserts no score: the score is measured (docs/benchmarks.md), not a test's pass mark,
 * so that nobody tunes rules against the test set's failures.
 */
@HeraldOnH2
@TestPropertySource(properties = "herald.test.context=import")
class CorpusScoreIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Importer importer;

    @Test
    void scoresEveryFieldOfTheTestSet() {
        List<JsonNode> records = new ArrayList<>();
        importer.run(List.of(Path.of("src/test/resources/import-corpus/test/pages")), true, null,
                record -> records.add(JSON.valueToTree(record)));

        CorpusScore.Score score = CorpusScore.score("test", records);

        assertThat(score.items()).isGreaterThanOrEqualTo(50);
        assertThat(score.fields().keySet()).containsExactlyElementsOf(CorpusScore.FIELDS);
        assertThat(score.fields().values()).allSatisfy(counts -> assertThat(counts[1]).isPositive());
        String table = CorpusScore.table(List.of(score));
        assertThat(table.lines()).anySatisfy(line -> assertThat(line).startsWith("| **overall** |"));
        CorpusScore.FIELDS.forEach(field -> assertThat(table).contains("| " + field + " |"));
    }
}
