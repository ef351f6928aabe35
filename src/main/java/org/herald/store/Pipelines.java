package org.herald.store;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Map;
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

/** Starts {@link Pipeline}s on the application's database. */
@Component
public class Pipelines {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** A statement's text read once: its named parameters, and the table it writes. */
    record Shape(ParsedSql parsed, String table) {
    }

    private final JdbcTemplate jdbc;
    private final boolean together;
    /** The statements' shapes, by text: the texts are the code's own, a bounded set. */
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    Pipelines(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        // H2 runs inside this process: a statement costs it no round trip, and it takes one
        // statement at a time.
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.together = "PostgreSQL".equals(product);
    }

    /** A new, empty pipeline; it writes nothing until {@link Pipeline#run()}. */
    public Pipeline start() {
        return new Pipeline(this);
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
