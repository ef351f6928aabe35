package org.herald.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/** Uses a bare Spring context, not the application: only the initializer's contract is under test. */
@PostgresTest
class PostgresContextInitializerIntegrationTests {

    @Test
    void pointsEachContextAtItsOwnDatabaseAndDropsItOnClose() {
        DataSourceProperties first;
        DataSourceProperties second;
        try (GenericApplicationContext firstContext = initializedContext();
                GenericApplicationContext secondContext = initializedContext()) {
            first = DataSourceProperties.of(firstContext.getEnvironment());
            second = DataSourceProperties.of(secondContext.getEnvironment());

            assertThat(first.url()).contains("/herald_test_").isNotEqualTo(second.url());
            assertThat(first.canConnect()).isTrue();
            assertThat(second.canConnect()).isTrue();
        }
        assertThat(first.canConnect()).isFalse();
        assertThat(second.canConnect()).isFalse();
    }

    private static GenericApplicationContext initializedContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        new PostgresContextInitializer().initialize(context);
        context.refresh();
        return context;
    }

    private record DataSourceProperties(String url, String username, String password) {

        static DataSourceProperties of(Environment environment) {
            return new DataSourceProperties(environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        }

        boolean canConnect() {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                return connection.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
