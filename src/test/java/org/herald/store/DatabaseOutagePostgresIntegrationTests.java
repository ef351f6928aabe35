package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.herald.support.Http;
import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.herald.support.TcpProxy;
import org.herald.support.TempDataDirInitializer;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A running node whose PostgreSQL goes away, as when the database server stops or the network
 * to it breaks: pages in its cache are still served, and readers of any other get a quick 503
 * page that needs no database (not a page after 120 s),
 * the node says it is not ready so a load balancer stops sending it traffic, and it serves again
 * by itself soon after the database is back. The database is taken away by a proxy in front of
 * it, so that the test stops it for this node only. (The embedded H2 database runs inside the
 * node's process: it cannot go away while the node runs.)
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "herald.admin.password=" + TestAdmin.PASSWORD, "herald.db.request-wait=1s", "herald.db.probe-interval=200ms",
        "herald.db.pool-size=1"})
@ContextConfiguration(initializers = {TempDataDirInitializer.class,
        DatabaseOutagePostgresIntegrationTests.BehindProxy.class})
class DatabaseOutagePostgresIntegrationTests {

    private static TcpProxy proxy;

    @Value("${local.server.port}")
    int port;

    /** Points the node at a fresh PostgreSQL database through a {@link TcpProxy}. */
    static class BehindProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresTestDatabase database = PostgresTestDatabase.create();
            URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
            proxy = TcpProxy.to(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("behindProxy", Map.of(
                    "spring.datasource.url", url, "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password())));
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean("outageTestDatabase", database::drop);
            }
        }
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.restore();
        }
    }

    @Test
    void readersGetAQuick503WhileTheDatabaseIsGoneAndPagesAgainOnceItIsBack() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/en/news").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        http.get("/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states");

        proxy.cut();
        assertThat(http.get("/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states").status())
                .as("a page in the node's cache is still served").isEqualTo(200);
        int uncached = 0;
        for (String path : new String[] {"/en/news", "/en/", "/fr/news/iom-to-sign-mou-with-commonwealth-of-independent-states",
                "/en/countries/by", "/en/news"}) {
            // Pages this node has not kept: each needs the database.
            path += "?outage=" + uncached++;
            long start = System.nanoTime();
            Http.Response page = http.get(path);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("the error page for %s while the database is gone", path)
                    .isLessThan(Duration.ofSeconds(2));
            System.out.printf("Database gone: %s answered %d in %d ms%n", path, page.status(), took.toMillis());
            assertThat(page.status()).as(path).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("5");
            assertThat(page.body()).contains(path.startsWith("/fr/") ? "Nous ne parvenons pas à joindre notre base"
                    : "We cannot reach our database just now").doesNotContain("Exception", "\tat ");
        }
        assertThat(http.get("/actuator/health/readiness").status()).as("a node without its database is not ready")
                .isEqualTo(503);

        proxy.restore();
        long restored = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - restored < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(100);
            status = http.get("/en/news?outage=" + uncached++).status();
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restored);
        System.out.println("Pages served again " + recovery.toMillis() + " ms after the database came back");
        assertThat(status).isEqualTo(200);
        assertThat(recovery).isLessThan(Duration.ofSeconds(5));
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
