package org.herald;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, makes sure the database settings make sense and the configured
 * database answers. If not, Herald stops with one line naming the setting, or the URL and the
 * cause, and a non-zero exit status, instead of pages of stack traces from the connection pool
 * and the migrations, or a wait with no end on a server that accepts connections but never
 * answers.
 */
class DatabaseReachableCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int EXIT_DATABASE_UNREACHABLE = 3;
    static final int EXIT_BAD_SETTING = 2;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
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
        try (Connection connection = DriverManager.getConnection(url, settings)) {
            if (!connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                stop(EXIT_DATABASE_UNREACHABLE, "Herald cannot reach its database at " + url
                        + ": it did not answer within " + timeout.toSeconds() + " s");
            }
        } catch (SQLException failure) {
            stop(EXIT_DATABASE_UNREACHABLE, "Herald cannot reach its database at " + url + ": " + cause(failure));
        }
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
