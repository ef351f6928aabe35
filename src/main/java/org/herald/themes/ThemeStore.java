package org.herald.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The writes the theme actions share, and the checks they make against what is stored. */
@Component
class ThemeStore {

    private final JdbcClient jdbc;

    ThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM theme WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /**
     * The names of the form another theme already has in the same language, field by field,
     * compared in Java: a database's LOWER may leave non-Latin letters as they are.
     */
    Map<String, String> nameClashes(ThemeForm form, Long themeId) {
        Map<String, String> clashes = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String name = form.name(language);
            if (name.isEmpty()) {
                continue;
            }
            boolean taken = jdbc.sql("SELECT name FROM theme_text WHERE language = :language AND theme_id <> :id")
                    .param("language", language.code()).param("id", themeId == null ? -1L : themeId)
                    .query(String.class).list().stream().map(ThemeForm::key)
                    .anyMatch(ThemeForm.key(name)::equals);
            if (taken) {
                clashes.put("name-" + language.code(), "error.theme.name-taken");
            }
        }
        return clashes;
    }

    long insert(String code) {
        int last = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM theme").query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO theme (code, position) VALUES (:code, :position)")
                .param("code", code).param("position", last + 1).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Stores the form's texts: a language left blank loses its text, a changed one is the
     * organization's own from now on, an unchanged one keeps who wrote it.
     */
    void writeTexts(long themeId, ThemeForm form, Map<Language, ThemeText> stored) {
        for (Language language : Language.values()) {
            String name = form.name(language);
            ThemeText before = stored.get(language);
            if (before != null && before.name().equals(name) && before.description().equals(form.description(language))) {
                continue;
            }
            jdbc.sql("DELETE FROM theme_text WHERE theme_id = :id AND language = :language")
                    .param("id", themeId).param("language", language.code()).update();
            if (!name.isEmpty()) {
                jdbc.sql("""
                        INSERT INTO theme_text (theme_id, language, name, name_key, description, written_by)
                        VALUES (:id, :language, :name, :key, :description, NULL)
                        """).param("id", themeId).param("language", language.code()).param("name", name)
                        .param("key", ThemeForm.key(name)).param("description", form.description(language)).update();
            }
        }
    }

    /** Numbers the themes 1, 2, 3… in this order of their ids. */
    void reorder(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE theme SET position = :position WHERE id = :id").param("position", i + 1)
                    .param("id", ids.get(i)).update();
        }
    }
}
