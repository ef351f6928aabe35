package org.herald.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.StringJoiner;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * How {@link Writes} sends a transaction's writes (an implementation detail of this module):
 * writes gathered in order and sent together: on PostgreSQL as one multi-statement message, one
 * round trip for all of them, where each would otherwise wait for the one before; on H2 one by
 * one. An import stores an item's fifteen-odd statements this way. Only writes whose results
 * nobody reads belong here: a pipeline returns no keys and no counts.
 *
 * <p>The statements run in the caller's transaction, if there is one. When one breaks a rule of
 * the database, those after it do not run and {@link #run()} throws; the transaction must then be
 * rolled back, as after any failed statement.
 */
final class Pipeline {

    private final Pipelines pipelines;
    private final List<Write> steps = new ArrayList<>();

    Pipeline(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * Adds an INSERT, UPDATE or DELETE with named parameters, set on the returned step; it runs
     * in the order added.
     */
    Write sql(String sql) {
        Write step = new Write(pipelines.shape(sql));
        steps.add(step);
        return step;
    }

    /**
     * An id for a row of the table that this pipeline will insert, reserved from the table's
     * identity sequence; empty where the row is better inserted at once and its generated key
     * read (H2, inside this process).
     */
    OptionalLong nextId(String table) {
        return pipelines.nextId(table);
    }

    /** Forgets the statements added since the last run: their transaction rolled back. */
    void discard() {
        steps.clear();
    }

    /**
     * Runs the statements added so far, and empties the pipeline.
     *
     * @throws RuntimeException a step's {@linkplain Write#refusing refusal}, when its statement
     *                          broke a rule of the database; else Spring's translation of the error
     */
    void run() {
        List<Write> sending = List.copyOf(steps);
        steps.clear();
        if (sending.isEmpty()) {
            return;
        }
        if (pipelines.sendsTogether()) {
            send(sending);
        } else {
            for (Write step : sending) {
                send(List.of(step));
            }
        }
    }

    /** Sends the steps as one statement: several separated by semicolons, which pgjdbc sends in one message. */
    private void send(List<Write> sending) {
        StringJoiner sql = new StringJoiner(";\n");
        List<SqlParameter> declared = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Write step : sending) {
            ParsedSql parsed = step.shape.parsed();
            MapSqlParameterSource source = new MapSqlParameterSource(step.params);
            sql.add(NamedParameterUtils.substituteNamedParameters(parsed, source));
            declared.addAll(NamedParameterUtils.buildSqlParameterList(parsed, source));
            values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, source, null)));
        }
        try {
            pipelines.jdbc().update(new PreparedStatementCreatorFactory(sql.toString(), declared)
                    .newPreparedStatementCreator(values));
        } catch (DataIntegrityViolationException broken) {
            Write culprit = sending.size() == 1 ? sending.get(0) : culprit(sending, broken);
            if (culprit != null && culprit.refusal != null) {
                throw culprit.refusal.apply(broken);
            }
            throw broken;
        }
    }

    /**
     * The step that broke the rule, as far as PostgreSQL's error tells: the first with a refusal
     * among those writing the table it names (a pipeline that writes a table twice, a delete then
     * an insert, means the insert).
     */
    private static Write culprit(List<Write> sent, DataIntegrityViolationException broken) {
        if (!(broken.getMostSpecificCause() instanceof PSQLException error)) {
            return null;
        }
        ServerErrorMessage message = error.getServerErrorMessage();
        String table = message == null ? null : message.getTable();
        return sent.stream().filter(step -> step.shape.table().equals(table) && step.refusal != null).findFirst().orElse(null);
    }
}
