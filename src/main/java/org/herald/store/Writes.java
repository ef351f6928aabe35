package org.herald.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the other modules write: each INSERT, UPDATE or DELETE joins its transaction's writes, and
 * this module decides how to send them. On PostgreSQL they go together, one round trip for many
 * statements; on H2, inside this process, one by one. Either way they run in the order given,
 * before any other statement runs in the transaction (a read sees every write made before it)
 * and before it commits; a statement that breaks a rule of the database then throws its
 * {@linkplain Write#refusing refusal}, and the transaction rolls back. A write needs a
 * transaction: the methods that write are {@code @Transactional}.
 */
@Component
public class Writes {

    private static final Pattern INSERT = Pattern.compile("^(\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\()(.*?\\)\\s*VALUES\\s*\\()",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Pipelines pipelines;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    Writes(Pipelines pipelines, DataSource dataSource, JdbcClient jdbc) {
        this.pipelines = pipelines;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Adds a statement with named parameters, set on the returned write, to the transaction's
     * writes. It returns nothing: no key, no count.
     *
     * @throws IllegalStateException outside a transaction
     * @throws IllegalArgumentException when it is not an INSERT, UPDATE or DELETE
     */
    public Write sql(String sql) {
        return pending().sql(sql);
    }

    /**
     * Inserts a row whose generated {@code id} the caller needs, and returns it. {@code insert}
     * names the other columns. On PostgreSQL the id is taken from the table's sequence and the
     * row joins the transaction's writes (refused, if it breaks a rule, when they are sent); on
     * H2 the row goes in at once, after the writes before it, and its key is read.
     */
    public long insert(String insert, Map<String, ?> params,
                       Function<DataIntegrityViolationException, ? extends RuntimeException> refusal) {
        Matcher statement = INSERT.matcher(insert);
        if (!statement.find()) {
            throw new IllegalArgumentException("not an INSERT … VALUES: " + insert);
        }
        Pipeline pending = pending();
        OptionalLong reserved = pending.nextId(statement.group(2).toLowerCase(java.util.Locale.ROOT));
        if (reserved.isPresent()) {
            String underId = statement.group(1) + "id, " + statement.group(3) + ":id, "
                    + insert.substring(statement.end());
            pending.sql(underId).params(params).param("id", reserved.getAsLong()).refusing(refusal);
            return reserved.getAsLong();
        }
        pending.run();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(insert).params(params).update(keys, "id");
        } catch (DataIntegrityViolationException broken) {
            throw refusal.apply(broken);
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The transaction's writes, started with its first, and sent before it commits. */
    private Pipeline pending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A write needs a transaction: make the method that writes @Transactional");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DeferredWrites deferred = connection.unwrap(DeferredWrites.class);
            if (deferred.pipeline() == null) {
                deferred.start(pipelines.start());
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        deferred.send();
                    }
                });
            }
            return deferred.pipeline();
        } catch (SQLException notOurs) {
            throw new IllegalStateException("not a connection of Herald's pools", notOurs);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
