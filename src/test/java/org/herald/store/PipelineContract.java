package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pipeline's writes, sent together on PostgreSQL and one by one on H2, must do what the same
 * statements run one at a time do: in order, in the caller's transaction, and refused in the
 * caller's own terms when one breaks a rule, leaving nothing behind. Run on H2 and PostgreSQL,
 * on two tables of the test's own.
 */
abstract class PipelineContract {

    /** What an action throws instead of the database's error. */
    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why);
        }
    }

    @Autowired Pipelines pipelines;
    @Autowired Writes writes;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void tables() {
        jdbc.sql("CREATE TABLE probe_parent (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE, "
                + "children INT, seen_at TIMESTAMP WITH TIME ZONE)").update();
        jdbc.sql("CREATE TABLE probe_child (parent_id BIGINT NOT NULL REFERENCES probe_parent (id), "
                + "label VARCHAR(40) NOT NULL, PRIMARY KEY (parent_id, label))").update();
    }

    @AfterEach
    void dropTables() {
        jdbc.sql("DROP TABLE probe_child").update();
        jdbc.sql("DROP TABLE probe_parent").update();
    }

    @Test
    void statementsRunInTheOrderAddedAndSeeWhatTheOnesBeforeWrote() {
        OffsetDateTime at = OffsetDateTime.of(2019, 5, 22, 9, 20, 0, 0, ZoneOffset.UTC);
        transaction.executeWithoutResult(status -> {
            Pipeline writes = pipelines.start();
            writes.sql("INSERT INTO probe_parent (id, name, seen_at) VALUES (:id, :name, :at)")
                    .param("id", 1).param("name", "Minsk").param("at", at);
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES :rows")
                    .param("rows", List.of(new Object[] {1, "a"}, new Object[] {1, "b"}, new Object[] {1, "c"}));
            writes.sql("UPDATE probe_parent SET children = (SELECT COUNT(*) FROM probe_child WHERE parent_id = :id) "
                    + "WHERE id = :id").param("id", 1);
            writes.sql("DELETE FROM probe_child WHERE parent_id = :id AND label IN (:labels)")
                    .param("id", 1).param("labels", List.of("a", "c"));
            assertThat(count("probe_parent")).as("nothing is written before the pipeline runs").isZero();
            writes.run();
        });
        assertThat(jdbc.sql("SELECT children FROM probe_parent WHERE id = 1").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT seen_at FROM probe_parent WHERE id = 1").query(OffsetDateTime.class).single())
                .isEqualTo(at.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(jdbc.sql("SELECT label FROM probe_child").query(String.class).list()).containsExactly("b");
    }

    @Test
    void aPipelineRunsOnceAndItsWritesAreRolledBackWithTheCallersTransaction() {
        Pipeline writes = pipelines.start();
        transaction.executeWithoutResult(status -> {
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 1).param("name", "Minsk");
            writes.run();
            writes.run();
            assertThat(count("probe_parent")).as("a second run sends nothing again").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(count("probe_parent")).isZero();
    }

    @Test
    void aBrokenRuleIsRefusedInTheStepsOwnTermsAndLeavesNothing() {
        jdbc.sql("INSERT INTO probe_parent (id, name) VALUES (1, 'Minsk')").update();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            Pipeline writes = pipelines.start();
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 2).param("name", "Kyiv");
            writes.sql("DELETE FROM probe_child WHERE parent_id = :id").param("id", 2);
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES :rows")
                    .param("rows", List.<Object[]>of(new Object[] {2, "a"}, new Object[] {99, "b"}))
                    .refusing(unknownParent -> new Refused("no such parent"));
            writes.sql("UPDATE probe_parent SET children = 1 WHERE id = :id").param("id", 1);
            writes.run();
        })).isInstanceOf(Refused.class).hasMessage("no such parent");
        assertThat(count("probe_parent")).isEqualTo(1);
        assertThat(count("probe_child")).isZero();
    }

    @Test
    void eachStepKeepsItsOwnRefusalAndOneWithoutIsTheDatabasesError() {
        jdbc.sql("INSERT INTO probe_parent (id, name) VALUES (1, 'Minsk')").update();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            Pipeline writes = pipelines.start();
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES (:id, :label)").param("id", 1).param("label", "a")
                    .refusing(unknownParent -> new Refused("no such parent"));
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 2).param("name", "Minsk")
                    .refusing(nameTaken -> new Refused("name taken"));
            writes.run();
        })).isInstanceOf(Refused.class).hasMessage("name taken");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            Pipeline writes = pipelines.start();
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES (:id, :label)").param("id", 1).param("label", "a");
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 1).param("name", "Kyiv");
            writes.run();
        })).isInstanceOf(DuplicateKeyException.class).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("probe_child")).isZero();
    }

    @Test
    void onlyWritesGoInAPipeline() {
        assertThatThrownBy(() -> pipelines.start().sql("SELECT * FROM probe_parent"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransactionsWritesAreSentBeforeItReadsAnythingAndBeforeItCommits() {
        transaction.executeWithoutResult(status -> {
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 1).param("name", "Minsk");
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES (:id, :label)").param("id", 1).param("label", "a");
            assertThat(count("probe_child")).as("a read sees the writes before it").isEqualTo(1);
            writes.sql("UPDATE probe_parent SET children = 1 WHERE id = :id").param("id", 1);
        });
        assertThat(jdbc.sql("SELECT children FROM probe_parent WHERE id = 1").query(Integer.class).single())
                .as("the last write was sent before the commit").isEqualTo(1);
    }

    @Test
    void aTransactionsWritesGoWithItsRollbackAndARefusalComesFromItsCommit() {
        transaction.executeWithoutResult(status -> {
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 1).param("name", "Minsk");
            status.setRollbackOnly();
        });
        assertThat(count("probe_parent")).isZero();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            writes.sql("INSERT INTO probe_parent (id, name) VALUES (:id, :name)").param("id", 2).param("name", "Kyiv");
            writes.sql("INSERT INTO probe_child (parent_id, label) VALUES (:id, :label)").param("id", 99).param("label", "a")
                    .refusing(unknownParent -> new Refused("no such parent"));
        })).isInstanceOf(Refused.class).hasMessage("no such parent");
        assertThat(count("probe_parent")).isZero();
    }

    @Test
    void aWriteNeedsATransaction() {
        assertThatThrownBy(() -> writes.sql("INSERT INTO probe_parent (id, name) VALUES (1, 'Minsk')"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("probe_parent")).isZero();
    }

    @Test
    void anInsertWhoseIdIsNeededGivesItOnEitherDatabase() {
        // A table of its own: ids reserved from a sequence are kept for the process, by table name.
        jdbc.sql("CREATE TABLE probe_named (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "name VARCHAR(40) NOT NULL UNIQUE)").update();
        try {
            long[] ids = new long[2];
            transaction.executeWithoutResult(status -> {
                ids[0] = writes.insert("INSERT INTO probe_named (name) VALUES (:name)", Map.of("name", "Minsk"),
                        taken -> new Refused("name taken"));
                ids[1] = writes.insert("INSERT INTO probe_named (name) VALUES (:name)", Map.of("name", "Kyiv"),
                        taken -> new Refused("name taken"));
            });
            assertThat(jdbc.sql("SELECT name FROM probe_named WHERE id = :id").param("id", ids[0]).query(String.class)
                    .single()).isEqualTo("Minsk");
            assertThat(jdbc.sql("SELECT name FROM probe_named WHERE id = :id").param("id", ids[1]).query(String.class)
                    .single()).isEqualTo("Kyiv");
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> writes.insert(
                    "INSERT INTO probe_named (name) VALUES (:name)", Map.of("name", "Minsk"),
                    taken -> new Refused("name taken")))).isInstanceOf(Refused.class);
        } finally {
            jdbc.sql("DROP TABLE probe_named").update();
        }
    }

    /**
     * Four workers insert rows at once, every other row under an id reserved for a pipeline and the
     * rest given their id by the table: no id is given twice. Ids are reserved only where a
     * pipeline's statements go together (PostgreSQL); on H2 a row is inserted at once.
     */
    @Test
    void anIdReservedForAPipelinesRowIsGivenToNoOtherRow() throws Exception {
        jdbc.sql("CREATE TABLE probe_item (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "name VARCHAR(40) NOT NULL)").update();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                int w = worker;
                done.add(workers.submit(() -> {
                    for (int row = 0; row < 100; row++) {
                        insertProbeItem("w" + w + "-" + row, row % 2 == 0);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
            assertThat(count("probe_item")).isEqualTo(400);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT id) FROM probe_item").query(Integer.class).single()).isEqualTo(400);
            assertThat(pipelines.start().nextId("probe_item").isPresent()).isEqualTo(pipelines.sendsTogether());
        } finally {
            workers.shutdownNow();
            jdbc.sql("DROP TABLE probe_item").update();
        }
    }

    private void insertProbeItem(String name, boolean reserved) {
        transaction.executeWithoutResult(status -> {
            Pipeline writes = pipelines.start();
            OptionalLong id = reserved ? writes.nextId("probe_item") : OptionalLong.empty();
            if (id.isPresent()) {
                writes.sql("INSERT INTO probe_item (id, name) VALUES (:id, :name)")
                        .param("id", id.getAsLong()).param("name", name);
                writes.run();
            } else {
                jdbc.sql("INSERT INTO probe_item (name) VALUES (:name)").param("name", name).update();
            }
        });
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
