package org.herald.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;

/** One INSERT, UPDATE or DELETE of a transaction's writes ({@link Writes#sql}): its named parameters, set here. */
public final class Write {

    final Pipelines.Shape shape;
    final Map<String, Object> params = new HashMap<>();
    Function<DataIntegrityViolationException, ? extends RuntimeException> refusal;

    Write(Pipelines.Shape shape) {
        this.shape = shape;
    }

    /** Sets a named parameter; a list of {@code Object[]} writes one row per array ({@code VALUES :rows}). */
    public Write param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public Write params(Map<String, ?> values) {
        params.putAll(values);
        return this;
    }

    /**
     * What to throw instead when this statement breaks a rule of the database (a unique key,
     * a foreign key): the refusal of the action, in its own terms.
     */
    public Write refusing(Function<DataIntegrityViolationException, ? extends RuntimeException> refusal) {
        this.refusal = refusal;
        return this;
    }
}
