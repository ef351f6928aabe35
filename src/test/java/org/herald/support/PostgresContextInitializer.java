package org.herald.support;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at its own fresh {@link PostgresTestDatabase}.
 *
 * <p>Use it as {@code @ContextConfiguration(initializers = PostgresContextInitializer.class)}
 * together with {@link PostgresTest}. Every context it initializes gets a new database, so
 * contexts cached side by side never share migrations or rows. The {@code spring.datasource.*}
 * properties are set in a property source ahead of all others, which beats the
 * {@code HERALD_DB_*} variables the application reads. The database is dropped when the context
 * closes, or at the latest when the JVM exits. Without {@code HERALD_TEST_PG_URL} it does
 * nothing, and {@link PostgresTest} skips the class.
 */
public final class PostgresContextInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "heraldTestPostgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (PostgresTestDatabase.configuredUrl().isEmpty()) {
            return;
        }
        PostgresTestDatabase database = PostgresTestDatabase.create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                // Guards against a default configuration that names the H2 driver explicitly.
                "spring.datasource.driver-class-name", "org.postgresql.Driver")));
        dropOnClose(context, database);
    }

    private static void dropOnClose(ConfigurableApplicationContext context, PostgresTestDatabase database) {
        // Spring destroys beans in reverse registration order, and this one is registered before
        // any bean exists: the connection pool is closed before the database goes. Any other
        // factory type falls back to the JVM shutdown hook.
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("heraldTestPostgresDatabase", database::drop);
        }
    }
}
