package org.herald.store;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The node's database connections: {@link ConnectionPools}, a requests' pool and a work pool
 * over the one configured database, and the timeouts that make a slow or missing database
 * fail fast for readers.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    ConnectionPools dataSource(DataSourceProperties source, DatabaseProperties settings,
                               ObjectProvider<MeterRegistry> meters) {
        boolean postgres = source.determineUrl().startsWith("jdbc:postgresql:");
        HikariDataSource requests = pool(source, "herald-requests", settings.poolSize(), meters);
        requests.setConnectionTimeout(settings.requestWait().toMillis());
        requests.setValidationTimeout(Math.max(250, settings.requestWait().toMillis() * 3 / 4));
        HikariDataSource work = pool(source, "herald-work", settings.workPoolSize(), meters);
        work.setMinimumIdle(1);
        if (postgres) {
            long connect = Math.max(1, settings.connectTimeout().toSeconds());
            for (HikariDataSource pool : new HikariDataSource[] {requests, work}) {
                pool.addDataSourceProperty("connectTimeout", connect);
                pool.addDataSourceProperty("loginTimeout", connect);
            }
            requests.addDataSourceProperty("socketTimeout", Math.max(1, settings.socketTimeout().toSeconds()));
            requests.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        }
        return new ConnectionPools(requests, work, new NestingGuard(settings.nestedConnections()),
                new Outage(requests, settings.probeInterval()));
    }

    /** Migrations run on the work pool: they may take long, and may use two connections at once. */
    @Bean
    FlywayConfigurationCustomizer migrationsOnTheWorkPool(ConnectionPools pools) {
        return configuration -> configuration.dataSource(pools.work());
    }

    private static HikariDataSource pool(DataSourceProperties source, String name, int size,
                                         ObjectProvider<MeterRegistry> meters) {
        // The no-argument constructor makes the pool open its first connection when first asked,
        // so that a command run never opens the requests' connections it will not use.
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(source.determineUrl());
        pool.setUsername(source.determineUsername());
        pool.setPassword(source.determinePassword());
        pool.setDriverClassName(source.determineDriverClassName());
        pool.setMaximumPoolSize(size);
        pool.setKeepaliveTime(Duration.ofMinutes(2).toMillis());
        meters.ifAvailable(registry -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        return pool;
    }
}
