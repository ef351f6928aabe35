package org.herald.careers;

import java.util.Optional;
import java.util.UUID;

import org.herald.changes.ChangeLog;
import org.herald.content.ContentType;
import org.herald.content.GroupField;
import org.herald.content.PublishedContent;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A vacancy's terms as a field of the content editor, shown for vacancies only: checked with the
 * draft (a closing before the opening, or a duty station the places module does not know, is
 * refused beside the field), stored with the save, and made public when a version is published.
 */
@Component
class VacancyTermsField implements GroupField {

    static final String FIELD = "vacancy";

    private final JdbcClient jdbc;
    private final Writes writes;
    private final DutyStations stations;
    private final PublishedContent content;
    private final ChangeLog changes;
    private final VacancyRows rows;

    VacancyTermsField(JdbcClient jdbc, Writes writes, DutyStations stations, PublishedContent content,
                      ChangeLog changes, VacancyRows rows) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.stations = stations;
        this.content = content;
        this.changes = changes;
        this.rows = rows;
    }

    @Override
    public boolean appliesTo(ContentType type) {
        return type == ContentType.VACANCY;
    }

    @Override
    public boolean multiline() {
        return true;
    }

    @Override
    public String name() {
        return FIELD;
    }

    @Override
    public String labelKey() {
        return "editor.vacancy";
    }

    @Override
    public String helpKey() {
        return "editor.vacancy.help";
    }

    @Override
    public String value(UUID group) {
        return jdbc.sql("SELECT terms FROM vacancy_terms WHERE translation_group = :group").param("group", group)
                .query(String.class).optional().orElse("");
    }

    @Override
    public Optional<String> check(String value) {
        try {
            TermsText.read(null, value, stations);
            return Optional.empty();
        } catch (TermsText.Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Override
    public void save(UUID group, String value) {
        writes.sql("DELETE FROM vacancy_terms WHERE translation_group = :group").param("group", group);
        writes.sql("INSERT INTO vacancy_terms (translation_group, terms) VALUES (:group, :terms)")
                .param("group", group).param("terms", value);
    }

    /**
     * Makes the working copy public. Every published version of the vacancy is logged as changed,
     * so that every node evicts the pages, lists and feeds that show it.
     */
    @Override
    public void publish(UUID group) {
        Optional<String> working = jdbc.sql("SELECT terms FROM vacancy_terms WHERE translation_group = :group")
                .param("group", group).query(String.class).optional();
        if (working.isEmpty()) {
            return;
        }
        VacancyTerms terms;
        try {
            terms = TermsText.read(group, working.get(), stations);
        } catch (TermsText.Refused refused) {
            throw new IllegalStateException("unchecked vacancy terms: " + refused.getMessage());
        }
        rows.publish(terms);
        content.translations(group).forEach(version -> changes.record("content_item", version.itemId(),
                version.language().code(), "vacancy"));
    }
}
