package org.herald.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away PostgreSQL database on the server named by {@code HERALD_TEST_PG_URL}.
 *
 * <p>Each instance is a new database {@code herald_test_<hex>}, so tests never see each other's
 * rows or migrations. {@link #drop()} removes it; a JVM shutdown hook drops whatever is left,
 * because Spring keeps cached test contexts (and their databases) alive until the JVM exits.
 *
 * <p>Environment: {@code HERALD_TEST_PG_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, a database the user may connect to and create
 * databases from), {@code HERALD_TEST_PG_USER} (default {@code postgres}) and
 * {@code HERALD_TEST_PG_PASSWORD} (default empty).
 */
public final class PostgresTestDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "HERALD_TEST_PG_URL";
    static final String USER_VARIABLE = "HERALD_TEST_PG_USER";
    static final String PASSWORD_VARIABLE = "HERALD_TEST_PG_PASSWORD";

    private static final String URL_PREFIX = "jdbc:postgresql:";
    private static final Set<PostgresTestDatabase> UNDROPPED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropAll,
                "herald-test-postgres-cleanup"));
    }

    private final String adminUrl;
    private final String name;
    private final String user;
    private final String password;
    private boolean dropped;

    private PostgresTestDatabase(String adminUrl, String name, String user, String password) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates a new, empty database; fails if {@code HERALD_TEST_PG_URL} is not set. */
    public static PostgresTestDatabase create() {
        String adminUrl = configuredUrl().orElseThrow(() -> new IllegalStateException(
                URL_VARIABLE + " not set: cannot create a PostgreSQL test database"));
        String name = "herald_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        PostgresTestDatabase database = new PostgresTestDatabase(adminUrl, name,
                environment(USER_VARIABLE, "postgres"), environment(PASSWORD_VARIABLE, ""));
        database.execute("CREATE DATABASE " + name);
        UNDROPPED.add(database);
        return database;
    }

    /** The JDBC URL of this database: the configured URL with its database name replaced. */
    public String jdbcUrl() {
        return withDatabase(adminUrl, name);
    }

    /** The database name, {@code herald_test_} followed by 16 lowercase hex digits. */
    public String name() {
        return name;
    }

    /** The user to connect as. */
    public String user() {
        return user;
    }

    /** The password to connect with; empty for trust authentication. */
    public String password() {
        return password;
    }

    /**
     * Drops the database, closing any connection still open to it (a pool may still hold some).
     * Calling it again does nothing.
     */
    public synchronized void drop() {
        if (!dropped) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
            UNDROPPED.remove(this);
        }
    }

    /** Same as {@link #drop()}, for try-with-resources. */
    @Override
    public void close() {
        drop();
    }

    /** The configured server URL, if PostgreSQL tests are enabled on this machine. */
    static Optional<String> configuredUrl() {
        return Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank());
    }

    /**
     * Replaces the database in a pgJDBC URL, keeping host list, port and query parameters:
     * {@code jdbc:postgresql://h:5432/test?ssl=true} becomes {@code jdbc:postgresql://h:5432/<db>?ssl=true}.
     */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        String rest = url.substring(URL_PREFIX.length());
        int query = rest.indexOf('?');
        String parameters = query < 0 ? "" : rest.substring(query);
        String location = query < 0 ? rest : rest.substring(0, query);
        if (!location.startsWith("//")) {
            // The short form jdbc:postgresql:database has no host part to keep.
            return URL_PREFIX + database + parameters;
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return URL_PREFIX + hosts + "/" + database + parameters;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run \"" + sql + "\" on " + adminUrl, e);
        }
    }

    private static void dropAll() {
        for (PostgresTestDatabase database : UNDROPPED) {
            try {
                database.drop();
            } catch (RuntimeException e) {
                // Keep going: one unreachable database must not leave the others behind.
                System.err.println("Could not drop test database " + database.name + ": " + e);
            }
        }
    }

    private static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
