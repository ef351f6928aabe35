package org.herald;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, makes sure the configured database answers. If it does not,
 * Herald stops with one line naming the URL and the cause, and a non-zero exit status, instead
 * of pages of stack traces from the connection pool and the migrations.
 */
class DatabaseReachableCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int EXIT_DATABASE_UNREACHABLE = 3;
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !environment.getProperty("herald.check-database", Boolean.class, true)) {
            return;
        }
        Properties credentials = new Properties();
        putIfSet(credentials, "user", environment.getProperty("spring.datasource.username"));
        putIfSet(credentials, "password", environment.getProperty("spring.datasource.password"));
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            connection.isValid(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException failure) {
            System.err.println("Herald cannot reach its database at " + url + ": " + cause(failure));
            System.exit(EXIT_DATABASE_UNREACHABLE);
        }
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
