package org.herald.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.HeraldApplication;
import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Herald started twice on the same database (a real second start: a new application on the
 * same H2 file, or on the same PostgreSQL database) loads nothing twice.
 */
class SecondStartIntegrationTests {

    private static final List<String> TABLES = List.of("content_item", "revision", "published_item", "menu_item",
            "menu_item_label", "org_fact", "contact", "contact_channel", "office", "app_user", "herald_setting",
            "change_log");

    @Test
    void onTheEmbeddedDefault(@TempDir Path dataDir) {
        Map<String, Object> properties = Map.of("herald.data-dir", dataDir.toString());
        Map<String, Long> first = startCountAndStop(properties);
        assertThat(Files.exists(dataDir.resolve("herald.mv.db"))).isTrue();
        assertThat(startCountAndStop(properties)).isEqualTo(first);
        assertThat(first.get("menu_item")).isEqualTo(11);
    }

    @Nested
    @PostgresTest
    class OnPostgres {

        @Test
        void startsTwice(@TempDir Path dataDir) {
            try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
                Map<String, Object> properties = Map.of("herald.data-dir", dataDir.toString(),
                        "spring.datasource.url", database.jdbcUrl(), "spring.datasource.username", database.user(),
                        "spring.datasource.password", database.password());
                Map<String, Long> first = startCountAndStop(properties);
                assertThat(startCountAndStop(properties)).isEqualTo(first);
                assertThat(first.get("content_item")).as("11 section pages, 3 legal pages, the release and its 2 "
                        + "translations, the demonstration vacancy").isEqualTo(18);
            }
        }
    }

    static Map<String, Long> startCountAndStop(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("server.port", 0);
        all.put("herald.admin.password", TestAdmin.PASSWORD);
        // As command-line arguments: they outrank application.properties, as an operator's would.
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HeraldApplication.class).run(args)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
            }
            return counts;
        }
    }
}
