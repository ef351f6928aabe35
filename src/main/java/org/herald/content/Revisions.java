package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code revision} table: a full snapshot of the editable fields at every save. Text fields
 * have their own columns (they are what a diff compares); the rest is kept as JSON.
 */
@Component
class Revisions {

    /** The snapshot of the fields that are not text columns. */
    record Fields(ContentType type, ArticleKind kind, String language, LocalDate releaseDate,
                  boolean dateFromPublication, String datelineCity, String datelineCountry, UUID parentGroup,
                  PageLayout layout, boolean featured, List<String> countries, List<Long> contacts,
                  List<String> themes, List<String> organizations, java.util.Map<String, String> groupFields,
                  String blocks, FeaturedImage image) {
    }

    private static final String COLUMNS = "item_id, number, title, slug, summary, body_markdown, fields_json, author_id, "
            + "author_name, created_at, note";
    private static final String VALUES = ":itemId, :number, :title, :slug, :summary, :body, :fields, :authorId, "
            + ":authorName, :now, :note";
    private static final String INSERT = "INSERT INTO revision (" + COLUMNS + ") VALUES (" + VALUES + ")";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Writes writes;

    Revisions(JdbcClient jdbc, JsonMapper json, Writes writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    /**
     * Adds revision {@code number} of the item, a snapshot of the draft and of its group's other
     * fields ({@link GroupField}s, by name), as they stand after the save.
     */
    void add(long itemId, int number, ContentDraft draft, java.util.Map<String, String> groupFields, Actor actor,
             String note, OffsetDateTime now) {
        Fields fields = new Fields(draft.type(), draft.kind(), draft.language().code(), draft.releaseDate(),
                draft.dateFromPublication(), draft.datelineCity(), draft.datelineCountry(), draft.parentGroup(),
                draft.layout(), draft.featured(), draft.countries(), draft.contacts(), draft.themes(),
                draft.organizations(), groupFields, draft.blocks(), draft.image());
        writes.sql(INSERT)
                .param("itemId", itemId)
                .param("number", number)
                .param("title", draft.title())
                .param("slug", draft.slug())
                .param("summary", draft.summary())
                .param("body", draft.bodyMarkdown())
                .param("fields", json.writeValueAsString(fields))
                .param("authorId", actor.userId())
                .param("authorName", actor.name())
                .param("now", now)
                .param("note", note);
    }

    /** The text fields of one revision, if it exists. */
    java.util.Optional<RevisionText> text(long itemId, int number) {
        return jdbc.sql("SELECT title, summary, body_markdown FROM revision WHERE item_id = :itemId AND number = :number")
                .param("itemId", itemId).param("number", number)
                .query((rs, n) -> new RevisionText(rs.getString("title"), rs.getString("summary"),
                        rs.getString("body_markdown")))
                .optional();
    }

    /** The full snapshot of a revision, to compare or restore. */
    java.util.Optional<RevisionSnapshot> snapshot(long itemId, int number) {
        return jdbc.sql("""
                SELECT number, title, slug, summary, body_markdown, fields_json, author_name, created_at, note
                FROM revision WHERE item_id = :itemId AND number = :number
                """)
                .param("itemId", itemId).param("number", number)
                .query((rs, n) -> {
                    Fields fields = json.readValue(rs.getString("fields_json"), Fields.class);
                    ContentDraft draft = new ContentDraft(fields.type(), fields.kind(),
                            org.herald.i18n.Language.fromCode(fields.language()).orElseThrow(), rs.getString("title"),
                            rs.getString("slug"), rs.getString("summary"), rs.getString("body_markdown"),
                            fields.releaseDate(), fields.dateFromPublication(), fields.datelineCity(),
                            fields.datelineCountry(), fields.parentGroup(), fields.layout(), fields.featured(),
                            fields.countries(), fields.contacts(), fields.themes(), fields.organizations(), fields.blocks(),
                            fields.image());
                    return new RevisionSnapshot(rs.getInt("number"), draft,
                            fields.groupFields() == null ? java.util.Map.of() : fields.groupFields(),
                            rs.getString("author_name"),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getString("note"));
                })
                .optional();
    }

    List<RevisionSummary> of(long itemId) {
        return jdbc.sql("""
                SELECT id, number, title, author_name, created_at, note FROM revision WHERE item_id = :itemId
                ORDER BY number DESC
                """)
                .param("itemId", itemId)
                .query((rs, n) -> new RevisionSummary(rs.getLong("id"), rs.getInt("number"), rs.getString("title"),
                        rs.getString("author_name"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("note")))
                .list();
    }
}
