package org.herald.store;

import java.sql.DatabaseMetaData;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Starts {@link Pipeline}s on the application's database; {@link Writes} is what the other modules use. */
@Component
class Pipelines {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** A statement's text read once: its named parameters, and the table it writes. */
    record Shape(ParsedSql parsed, String table) {
    }

    private static final int IDS_AT_A_TIME = 64;

    private final JdbcTemplate jdbc;
    private final boolean together;
    /** The statements' shapes, by text: the texts are the code's own, a bounded set. */
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    /** Ids taken from each table's identity sequence and not yet given out (PostgreSQL only). */
    private final Map<String, Deque<Long>> reserved = new HashMap<>();

    Pipelines(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        // H2 runs inside this process: a statement costs it no round trip, and it takes one
        // statement at a time.
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.together = "PostgreSQL".equals(product);
    }

    /** A new, empty pipeline; it writes nothing until {@link Pipeline#run()}. */
    Pipeline start() {
        return new Pipeline(this);
    }

    /**
     * An id of the table's identity column for a row a pipeline will insert, where the pipeline's
     * statements go together (PostgreSQL): the row then joins the others instead of costing a
     * round trip of its own to learn its generated key. Ids are taken from the sequence
     * {@value #IDS_AT_A_TIME} at a time; those a process does not use are gaps, as after a
     * rolled-back insert. Empty on H2, where an insert costs no round trip and its key is read at
     * once.
     */
    synchronized OptionalLong nextId(String table) {
        if (!together) {
            return OptionalLong.empty();
        }
        Deque<Long> ids = reserved.computeIfAbsent(table, t -> new ArrayDeque<>());
        if (ids.isEmpty()) {
            ids.addAll(jdbc.queryForList("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
                    Long.class, table, IDS_AT_A_TIME));
        }
        return OptionalLong.of(ids.removeFirst());
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    boolean sendsTogether() {
        return together;
    }

    /**
     * The statement's shape, read the first time its text is met.
     *
     * @throws IllegalArgumentException when it is not an INSERT, UPDATE or DELETE
     */
    Shape shape(String sql) {
        return shapes.computeIfAbsent(sql, text -> {
            Matcher table = WRITE.matcher(text);
            if (!table.find()) {
                throw new IllegalArgumentException("not an INSERT, UPDATE or DELETE: " + text);
            }
            return new Shape(NamedParameterUtils.parseSqlStatement(text), table.group(1).toLowerCase(Locale.ROOT));
        });
    }
}
