package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A site seeded before the 2030 Agenda and What We Do sections had their layouts gets them on
 * upgrade, in every language, working and public copy alike, without an administrator's hand;
 * an editor's own choice of layout and an article of the same title are left alone.
 */
class SectionLayoutUpgradeTests {

    @Test
    void anExistingSitesSectionPagesTakeTheirLayoutsWhenItUpgrades() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway all = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
        String before = java.util.Arrays.stream(all.info().all()).map(migration -> migration.getVersion())
                .filter(version -> version.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("93")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(before).load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        UUID agenda = UUID.randomUUID();
        long agendaEn = page(jdbc, agenda, "PAGE", "en", "2030 Agenda", "STANDARD");
        long agendaFr = page(jdbc, agenda, "PAGE", "fr", "Agenda 2030", "STANDARD");
        long whatWeDo = page(jdbc, UUID.randomUUID(), "PAGE", "en", "What We Do", "STANDARD");
        long chosen = page(jdbc, UUID.randomUUID(), "PAGE", "es", "what we do", "PROFILE");
        long article = page(jdbc, UUID.randomUUID(), "ARTICLE", "en", "2030 Agenda", "STANDARD");

        all.migrate();

        assertThat(layouts(jdbc, "content_item", "id", agendaEn, agendaFr, whatWeDo, chosen, article))
                .containsExactly("GOALS", "GOALS", "THEMES", "PROFILE", "STANDARD");
        assertThat(layouts(jdbc, "published_item", "item_id", agendaEn, agendaFr, whatWeDo, chosen, article))
                .containsExactly("GOALS", "GOALS", "THEMES", "PROFILE", "STANDARD");
    }

    private static long page(JdbcClient jdbc, UUID group, String type, String language, String title, String layout) {
        String slug = (title + "-" + language + "-" + type).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        jdbc.sql("""
                INSERT INTO content_item (translation_group, content_type, language, slug, status, title, body_markdown,
                    layout, countries, themes, organizations, created_at, updated_at)
                VALUES (:group, :type, :language, :slug, 'PUBLISHED', :title, '', :layout, ARRAY[], ARRAY[], ARRAY[],
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                """).param("group", group).param("type", type).param("language", language).param("slug", slug)
                .param("title", title).param("layout", layout).update();
        long id = jdbc.sql("SELECT id FROM content_item WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO revision (item_id, number, title, slug, body_markdown, fields_json, author_name, created_at)
                VALUES (:id, 1, :title, :slug, '', '{}', 'seed', CURRENT_TIMESTAMP)
                """).param("id", id).param("title", title).param("slug", slug).update();
        jdbc.sql("""
                INSERT INTO published_item (item_id, revision_id, translation_group, content_type, language, slug, title,
                    body_html, layout, first_published_at, last_published_at)
                SELECT :id, MAX(id), :group, :type, :language, :slug, :title, '', :layout, CURRENT_TIMESTAMP,
                    CURRENT_TIMESTAMP FROM revision WHERE item_id = :id
                """).param("id", id).param("group", group).param("type", type).param("language", language)
                .param("slug", slug).param("title", title).param("layout", layout).update();
        return id;
    }

    private static java.util.List<String> layouts(JdbcClient jdbc, String table, String key, long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> jdbc.sql("SELECT layout FROM " + table + " WHERE " + key
                + " = :id").param("id", id).query(String.class).single()).toList();
    }
}
