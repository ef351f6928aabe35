package org.herald.store;

import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * What {@code backup} says on PostgreSQL, where the database's own tools do the work: the
 * {@code pg_dump} and {@code pg_restore} commands for the database Herald is configured with,
 * ready to paste.
 */
final class PostgresBackupAdvice {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private PostgresBackupAdvice() {
    }

    /**
     * @param url  Herald's JDBC URL
     * @param user the database user Herald connects as
     * @param file the backup file the operator named, or null
     */
    static String of(String url, String user, String file) {
        Properties parsed = Driver.parseURL(url, null);
        String host = first(parsed == null ? null : parsed.getProperty(PGProperty.PG_HOST.getName()), "localhost");
        String port = first(parsed == null ? null : parsed.getProperty(PGProperty.PG_PORT.getName()), "5432");
        String database = first(parsed == null ? null : parsed.getProperty(PGProperty.PG_DBNAME.getName()), "herald");
        String connection = "--host=" + quote(host) + " --port=" + port
                + (user == null || user.isEmpty() ? "" : " --username=" + quote(user));
        String dump = quote(file == null ? database + ".dump" : file);
        return "Herald's database is PostgreSQL: back it up with pg_dump, which is consistent while Herald runs"
                + " (use the client tools of the server's major version):\n"
                + "  pg_dump --format=custom " + connection + " --dbname=" + quote(database) + " --file=" + dump + "\n"
                + "To restore: stop every node, create an empty database, load the dump into it, and start the nodes"
                + " on it (each rebuilds its search index by itself):\n"
                + "  pg_restore --no-owner --single-transaction --exit-on-error " + connection + " --dbname="
                + quote(database + "_restored") + " " + dump + "\n"
                + "The whole procedure is in docs/operations.md.\n";
    }

    /** The first of a comma-separated list (a URL may name several hosts), or the fallback. */
    private static String first(String list, String fallback) {
        if (list == null || list.isBlank()) {
            return fallback;
        }
        return list.split(",")[0].trim();
    }

    /** The word as a shell reads it: as it is when plain, else in single quotes. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
