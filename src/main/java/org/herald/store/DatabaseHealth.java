package org.herald.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of a node's health and readiness ({@code /actuator/health/readiness}): down
 * at once while {@link Outage} knows the database cannot be reached, else down when a connection
 * cannot be had or does not answer within a second. It replaces Spring Boot's own indicator,
 * which would ask each pool behind {@link ConnectionPools} and wait for each.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final ConnectionPools pools;

    DatabaseHealth(ConnectionPools pools) {
        this.pools = pools;
    }

    @Override
    public Health health() {
        if (pools.unreachable()) {
            return Health.down().withDetail("reason", "the database cannot be reached").build();
        }
        try (Connection connection = pools.getConnection()) {
            return connection.isValid(1) ? Health.up().build()
                    : Health.down().withDetail("reason", "the database did not answer within 1 s").build();
        } catch (SQLException | RuntimeException failure) {
            return Health.down().withDetail("reason", String.valueOf(failure.getMessage())).build();
        }
    }
}
