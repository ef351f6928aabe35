package org.herald.store;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private final JdbcTemplate jdbc;
    private final boolean together;
    /** The statements' parsed forms: their texts are the code's own, a bounded set. */
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

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

    ParsedSql parse(String sql) {
        return parsed.computeIfAbsent(sql, NamedParameterUtils::parseSqlStatement);
    }
}
