package org.herald.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.herald.organization.Fact;
import org.herald.organization.OrganizationProfile;
import org.herald.people.ContactView;
import org.herald.people.Directory;
import org.herald.site.Menu;
import org.herald.site.MenuEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the first start makes of the seed file, checked in the database. */
abstract class SeedContract {

    @Autowired JdbcClient jdbc;
    @Autowired Menu menu;
    @Autowired OrganizationProfile profile;
    @Autowired Directory directory;
    @Autowired SeedImport seedImport;

    @Test
    void theMenuHasTheElevenSectionsOfTheSeedInItsOrderEachWithAPublishedPage() {
        List<MenuEntry> entries = menu.entries();
        assertThat(entries).extracting(entry -> entry.label("en")).containsExactly("Who we are", "Our Work",
                "What We Do", "Partnerships", "Highlights", "Where we work", "Take Action", "Work with us",
                "Get involved", "Data and Research", "2030 Agenda");
        for (MenuEntry entry : entries) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM published_item WHERE translation_group = :group AND content_type = 'PAGE'")
                    .param("group", entry.pageGroup()).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void theProfileHoldsTheSeedsFactsWithTheirSentenceAndNoInventedDate() {
        Map<String, Fact> facts = profile.current();
        assertThat(facts.get("name").text()).isEqualTo("International Organization for Migration");
        assertThat(facts.get("acronym").text()).isEqualTo("IOM");
        assertThat(facts.get("part_of").text()).isEqualTo("United Nations System");
        assertThat(facts.get("founded").number()).isEqualTo(1951L);
        assertThat(facts.get("member_states").number()).isEqualTo(175L);
        assertThat(facts.get("countries_of_presence").number()).isEqualTo(171L);
        assertThat(facts.values()).allSatisfy(fact -> {
            assertThat(fact.asOf()).as("the seed does not say when").isNull();
            assertThat(fact.source()).isEqualTo("seed:000_b4b9ee3b2ecdea37.txt");
            assertThat(fact.statement()).contains("175 member states");
        });
    }

    @Test
    void thePressReleaseIsStoredWithUnknownDateItsCountriesAndItsContact() {
        Map<String, Object> release = jdbc.sql("""
                SELECT i.id, i.kind, i.release_date, i.date_from_publication, i.body_markdown, p.release_date AS public_date
                FROM content_item i JOIN published_item p ON p.item_id = i.id
                WHERE i.title = 'IOM to Sign MoU with Commonwealth of Independent States'
                """).query().singleRow();
        assertThat(release.get("kind")).isEqualTo("PRESS_RELEASE");
        assertThat(release.get("release_date")).isNull();
        assertThat(release.get("public_date")).as("never invented").isNull();
        assertThat(release.get("date_from_publication")).isEqualTo(false);
        String body = (String) release.get("body_markdown");
        assertThat(body.split("\n\n")).hasSize(6);
        assertThat(body).contains("\n\n> \"This agreement recognizes").doesNotContain("Take Action", "mailto");
        long id = ((Number) release.get("id")).longValue();
        assertThat(jdbc.sql("SELECT country_code FROM published_item_country WHERE item_id = :id ORDER BY country_code")
                .param("id", id).query(String.class).list())
                .containsExactly("AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "TM", "UA", "UZ");

        List<ContactView> contacts = directory.mediaContacts();
        assertThat(contacts).hasSize(1);
        ContactView galina = contacts.get(0);
        assertThat(galina.name()).isEqualTo("Galina Desyatova");
        assertThat(galina.office().name()).isEqualTo("IOM Minsk");
        assertThat(galina.office().city()).isEqualTo("Minsk");
        assertThat(galina.office().countryCode()).isEqualTo("BY");
        assertThat(galina.phones()).extracting(ContactView.Phone::e164).containsExactly("+375172882742");
        assertThat(galina.emails()).containsExactly("gdesyatova@iom.org.by");
        assertThat(jdbc.sql("SELECT contact_id FROM published_item_contact WHERE item_id = :id").param("id", id)
                .query(Long.class).list()).containsExactly(galina.id());
    }

    @Test
    void loadingTheSeedAgainLoadsNothing() {
        long items = count("content_item");
        long contacts = count("contact");
        assertThat(seedImport.alreadyLoaded()).isTrue();
        assertThat(seedImport.load("- Who we are\nA title\nA body.", "seed:again")).isFalse();
        assertThat(count("content_item")).isEqualTo(items);
        assertThat(count("contact")).isEqualTo(contacts);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
