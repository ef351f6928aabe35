package org.herald.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.function.Function;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Writes gathered in order and sent together: on PostgreSQL as one multi-statement message, one
 * round trip for all of them, where each would otherwise wait for the one before; on H2 one by
 * one. An import stores an item's fifteen-odd statements this way. Only writes whose results
 * nobody reads belong here: a pipeline returns no keys and no counts.
 *
 * <p>The statements run in the caller's transaction, if there is one. When one breaks a rule of
 * the database, those after it do not run and {@link #run()} throws; the transaction must then be
 * rolled back, as after any failed statement.
 */
public final class Pipeline {

    private final Pipelines pipelines;
    private final List<Step> steps = new ArrayList<>();

    Pipeline(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * Adds an INSERT, UPDATE or DELETE with named parameters, set on the returned step; it runs
     * in the order added.
     */
    public Step sql(String sql) {
        Step step = new Step(pipelines.shape(sql));
        steps.add(step);
        return step;
    }

    /**
     * An id for a row of the table that this pipeline will insert, reserved from the table's
     * identity sequence; empty where the row is better inserted at once and its generated key
     * read (H2, inside this process).
     */
    public OptionalLong nextId(String table) {
        return pipelines.nextId(table);
    }

    /**
     * Runs the statements added so far, and empties the pipeline.
     *
     * @throws RuntimeException a step's {@linkplain Step#refusing refusal}, when its statement
     *                          broke a rule of the database; else Spring's translation of the error
     */
    public void run() {
        List<Step> sending = List.copyOf(steps);
        steps.clear();
        if (sending.isEmpty()) {
            return;
        }
        if (pipelines.sendsTogether()) {
            send(sending);
        } else {
            for (Step step : sending) {
                send(List.of(step));
            }
        }
    }

    /** Sends the steps as one statement: several separated by semicolons, which pgjdbc sends in one message. */
    private void send(List<Step> sending) {
        StringJoiner sql = new StringJoiner(";\n");
        List<SqlParameter> declared = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Step step : sending) {
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
            Step culprit = sending.size() == 1 ? sending.get(0) : culprit(sending, broken);
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
    private static Step culprit(List<Step> sent, DataIntegrityViolationException broken) {
        if (!(broken.getMostSpecificCause() instanceof PSQLException error)) {
            return null;
        }
        ServerErrorMessage message = error.getServerErrorMessage();
        String table = message == null ? null : message.getTable();
        return sent.stream().filter(step -> step.shape.table().equals(table) && step.refusal != null).findFirst().orElse(null);
    }

    /** One statement of a pipeline. */
    public static final class Step {

        private final Pipelines.Shape shape;
        private final Map<String, Object> params = new HashMap<>();
        private Function<DataIntegrityViolationException, ? extends RuntimeException> refusal;

        private Step(Pipelines.Shape shape) {
            this.shape = shape;
        }

        /** Sets a named parameter; a list of {@code Object[]} writes one row per array ({@code VALUES :rows}). */
        public Step param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        public Step params(Map<String, ?> values) {
            params.putAll(values);
            return this;
        }

        /**
         * What to throw instead when this statement breaks a rule of the database (a unique key,
         * a foreign key): the refusal of the action, in its own terms.
         */
        public Step refusing(Function<DataIntegrityViolationException, ? extends RuntimeException> refusal) {
            this.refusal = refusal;
            return this;
        }
    }
}
