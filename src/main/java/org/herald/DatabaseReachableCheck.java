package org.herald;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, makes sure the database settings make sense and the configured
 * database answers. If not, Herald stops with one line naming the setting, or the URL and the
 * cause, and a non-zero exit status, instead of pages of stack traces from the connection pool
 * and the migrations, or a wait with no end on a server that accepts connections but never
 * answers.
 * <p>
 * An embedded H2 database is opened by its first connection and closed with its last: the
 * check's connection stays open until the application has started, so that the connection
 * pools find the database open instead of opening it a second time (about half a second).
 */
class DatabaseReachableCheck implements ApplicationListener<SpringApplicationEvent> {

    static final int EXIT_DATABASE_UNREACHABLE = 3;
    static final int EXIT_BAD_SETTING = 2;

    private Connection keptOpen;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            check(prepared.getEnvironment());
        } else if (event instanceof ApplicationStartedEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private void check(Environment environment) {
        poolSize(environment, "herald.db.pool-size", "HERALD_DB_POOL_SIZE", 1);
        poolSize(environment, "herald.db.work-pool-size", "HERALD_DB_WORK_POOL_SIZE", 2);
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !environment.getProperty("herald.check-database", Boolean.class, true)) {
            return;
        }
        Duration timeout = connectTimeout(environment);
        Properties settings = new Properties();
        putIfSet(settings, "user", environment.getProperty("spring.datasource.username"));
        putIfSet(settings, "password", environment.getProperty("spring.datasource.password"));
        if (url.startsWith("jdbc:postgresql:")) {
            // pgJDBC's own settings: without them a server that accepts the connection but never
            // answers keeps the start waiting for ever.
            String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
            settings.setProperty("connectTimeout", seconds);
            settings.setProperty("loginTimeout", seconds);
            settings.setProperty("socketTimeout", seconds);
        }
        DriverManager.setLoginTimeout((int) Math.max(1, timeout.toSeconds()));
        try {
            Connection connection = DriverManager.getConnection(url, settings);
            boolean valid = connection.isValid((int) Math.max(1, timeout.toSeconds()));
            if (valid && url.startsWith("jdbc:h2:")) {
                keptOpen = connection;
            } else {
                connection.close();
            }
            if (!valid) {
                stop(EXIT_DATABASE_UNREACHABLE, "Herald cannot reach its database at " + url
                        + ": it did not answer within " + timeout.toSeconds() + " s");
            }
        } catch (SQLException failure) {
            stop(EXIT_DATABASE_UNREACHABLE, "Herald cannot reach its database at " + url + ": " + cause(failure));
        }
    }

    private void release() {
        if (keptOpen == null) {
            return;
        }
        try {
            keptOpen.close();
        } catch (SQLException alreadyGone) {
            // nothing was held
        }
        keptOpen = null;
    }

    private static Duration connectTimeout(Environment environment) {
        try {
            return environment.getProperty("herald.db.connect-timeout", Duration.class, Duration.ofSeconds(5));
        } catch (ConversionException | IllegalArgumentException e) {
            stop(EXIT_BAD_SETTING, "HERALD_DB_CONNECT_TIMEOUT must be a duration such as 5s, not '"
                    + environment.getProperty("herald.db.connect-timeout") + "'");
            return Duration.ZERO;
        }
    }

    private static void poolSize(Environment environment, String property, String variable, int least) {
        String value = environment.getProperty(property);
        if (value == null) {
            return;
        }
        try {
            if (Integer.parseInt(value.trim()) >= least) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        stop(EXIT_BAD_SETTING, variable + " must be a whole number of " + least + " or more, not '" + value + "'");
    }

    private static void stop(int status, String line) {
        System.err.println(line);
        System.exit(status);
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null && !value.isEmpty()) {
            properties.setProperty(key, value);
        }
    }

    /** The first line of the driver's message, which names the cause ("Connection refused"). */
    private static String cause(SQLException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
