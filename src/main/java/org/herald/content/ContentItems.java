package org.herald.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.i18n.Language;
import org.herald.store.Writes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code content_item} table, whose row keeps the working copy's countries, themes and
 * organizations, and the working copy's links to contacts.
 */
@Component
class ContentItems {

    private static final String COLUMNS = """
            SELECT id, translation_group, content_type, kind, language, slug, status, title, summary, body_markdown,
                   release_date, date_from_publication, dateline_city, dateline_country, parent_group, layout,
                   featured, version, revision_number, published_revision_id, created_at, updated_at,
                   first_published_at, publish_at, unpublish_at, source_item_id, source_revision, translation_credit,
                   countries, themes, organizations, blocks_json, featured_image_key, featured_image_alt, featured_image_credit,
                   (SELECT r.number FROM revision r WHERE r.id = content_item.published_revision_id) AS published_number,
                   (SELECT p.slug FROM published_item p WHERE p.item_id = content_item.id) AS published_slug,
                   (SELECT string_agg(CAST(c.contact_id AS VARCHAR), ',' ORDER BY c.position) FROM item_contact c
                    WHERE c.item_id = content_item.id) AS contact_ids
            FROM content_item
            """;

    /** A new item's columns, and their values from {@link #newParams}; every item starts as a draft. */
    private static final String NEW_COLUMNS = """
            translation_group, content_type, kind, language, slug, status, title, summary, body_markdown, release_date,
            date_from_publication, dateline_city, dateline_country, parent_group, layout, featured, version,
            revision_number, created_at, created_by, updated_at, updated_by, countries, themes, organizations, blocks_json,
            featured_image_key, featured_image_alt, featured_image_credit""";
    private static final String NEW_VALUES = """
            :group, :type, :kind, :language, :slug, 'DRAFT', :title, :summary, :body, :releaseDate, :dateFromPublication,
            :datelineCity, :datelineCountry, :parentGroup, :layout, :featured, 0, 1, :now, :actorId, :now, :actorId,
            :countries, :themes, :organizations, :blocks, :imageKey, :imageAlt, :imageCredit""";

    private static final String INSERT = "INSERT INTO content_item (" + NEW_COLUMNS + ") VALUES (" + NEW_VALUES + ")";

    private final JdbcClient jdbc;
    private final Writes writes;

    ContentItems(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    Optional<EditableItem> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(ContentItems::item).optional();
    }

    /** The item, locked until the transaction ends, so two publishes of one item take turns. */
    Optional<EditableItem> lock(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id FOR UPDATE").param("id", id).query(ContentItems::item).optional();
    }

    List<ItemSummary> list(ContentType type) {
        return list(type, null);
    }

    /** Items of a type and in a state, most recently changed first; either may be null for all. */
    List<ItemSummary> list(ContentType type, ContentStatus status) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            where.append(" AND content_type = :type");
            params.put("type", type.name());
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql("SELECT id, translation_group, content_type, kind, language, title, slug, status, updated_at,"
                        + " publish_at FROM content_item"
                        + where + " ORDER BY updated_at DESC, id DESC")
                .params(params)
                .query((rs, n) -> new ItemSummary(rs.getLong("id"), rs.getObject("translation_group", UUID.class),
                        ContentType.valueOf(rs.getString("content_type")),
                        kind(rs.getString("kind")), Language.fromCode(rs.getString("language")).orElseThrow(),
                        rs.getString("title"), rs.getString("slug"), ContentStatus.valueOf(rs.getString("status")),
                        rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getObject("publish_at", OffsetDateTime.class)))
                .list();
    }

    /** The working titles of these items, by id; items that do not exist are left out. */
    Map<Long, String> titles(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        jdbc.sql("SELECT id, title FROM content_item WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(row -> titles.put(row.getKey(), row.getValue()));
        return titles;
    }

    /**
     * Whether another item uses the slug in this language, in its working copy or on the public
     * site (an item may have been renamed but not yet republished).
     */
    boolean slugTaken(Language language, String slug, Long exceptId) {
        long except = exceptId == null ? -1 : exceptId;
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM content_item WHERE language = :language AND slug = :slug AND id <> :except)
                     + (SELECT COUNT(*) FROM published_item WHERE language = :language AND slug = :slug AND item_id <> :except)
                """)
                .param("language", language.code()).param("slug", slug).param("except", except)
                .query(Integer.class).single() > 0;
    }

    boolean translationExists(UUID group, Language language) {
        return jdbc.sql("SELECT COUNT(*) FROM content_item WHERE translation_group = :group AND language = :language")
                .param("group", group).param("language", language.code())
                .query(Integer.class).single() > 0;
    }

    /**
     * Inserts a new item, a draft, and returns its id; its row may go in with the transaction's
     * other writes ({@link Writes#insert}). A slug or language version another item took in the
     * meantime is refused as a taken slug, at once or when the writes are sent.
     */
    long insert(UUID group, ContentDraft draft, Actor actor, OffsetDateTime now) {
        return writes.insert(INSERT, newParams(group, draft, actor, now), ContentItems::slugTakenOr);
    }

    /** A unique key of {@code content_item} broken by a save: another item took the slug in the meantime. */
    static RuntimeException slugTakenOr(DataIntegrityViolationException broken) {
        return broken instanceof DuplicateKeyException
                ? new ContentValidationException(Map.of("slug", "error.slug.taken"))
                : broken;
    }

    private static Map<String, Object> newParams(UUID group, ContentDraft draft, Actor actor, OffsetDateTime now) {
        Map<String, Object> params = draftParams(draft);
        params.put("group", group);
        params.put("now", now);
        params.put("actorId", actor.userId());
        return params;
    }

    /** Saves the working copy if it is still at {@code expectedVersion}; false when it is not. */
    boolean update(long id, int expectedVersion, ContentDraft draft, Actor actor, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE content_item SET content_type = :type, kind = :kind, language = :language, slug = :slug,
                    title = :title, summary = :summary, body_markdown = :body, release_date = :releaseDate,
                    date_from_publication = :dateFromPublication, dateline_city = :datelineCity,
                    dateline_country = :datelineCountry, parent_group = :parentGroup, layout = :layout,
                    featured = :featured, countries = :countries, themes = :themes, organizations = :organizations,
                    blocks_json = :blocks,
                    featured_image_key = :imageKey, featured_image_alt = :imageAlt,
                    featured_image_credit = :imageCredit, version = version + 1, revision_number = revision_number + 1,
                    updated_at = :now, updated_by = :actorId
                WHERE id = :id AND version = :expectedVersion
                """)
                .params(draftParams(draft))
                .param("now", now)
                .param("actorId", actor.userId())
                .param("id", id)
                .param("expectedVersion", expectedVersion)
                .update() == 1;
    }

    /** Records what the item is a translation of. */
    void setTranslation(long id, Translation translation) {
        jdbc.sql("""
                UPDATE content_item SET source_item_id = :sourceId, source_revision = :sourceRevision,
                    translation_credit = :credit
                WHERE id = :id
                """)
                .param("sourceId", translation.sourceItemId())
                .param("sourceRevision", translation.sourceRevision())
                .param("credit", translation.credit())
                .param("id", id)
                .update();
    }

    /** Every language version of a group, originals first, then by language. */
    List<TranslationLine> group(UUID group) {
        return jdbc.sql("""
                SELECT i.id, i.language, i.title, i.status, i.source_item_id, i.source_revision,
                       (SELECT s.revision_number FROM content_item s WHERE s.id = i.source_item_id) AS source_now
                FROM content_item i WHERE i.translation_group = :group
                ORDER BY CASE WHEN i.source_item_id IS NULL THEN 0 ELSE 1 END, i.language
                """)
                .param("group", group)
                .query((rs, n) -> {
                    long sourceId = rs.getLong("source_item_id");
                    boolean translation = !rs.wasNull();
                    return new TranslationLine(rs.getLong("id"), Language.fromCode(rs.getString("language")).orElseThrow(),
                            rs.getString("title"), ContentStatus.valueOf(rs.getString("status")),
                            translation ? sourceId : null,
                            translation && rs.getInt("source_revision") < rs.getInt("source_now"));
                })
                .list();
    }

    /**
     * Originals (in any language but {@code language}) with no version in {@code language}, and
     * translations into it whose source has moved on: what a translator into it has to do.
     */
    List<TranslationLine> toTranslate(Language language) {
        return jdbc.sql("""
                SELECT i.id, i.language, i.title, i.status, i.source_item_id, i.source_revision,
                       (SELECT s.revision_number FROM content_item s WHERE s.id = i.source_item_id) AS source_now
                FROM content_item i
                WHERE (i.source_item_id IS NULL AND i.language <> :language AND NOT EXISTS (
                          SELECT 1 FROM content_item t WHERE t.translation_group = i.translation_group
                          AND t.language = :language))
                   OR (i.source_item_id IS NOT NULL AND i.language = :language AND i.source_revision <
                          (SELECT s.revision_number FROM content_item s WHERE s.id = i.source_item_id))
                ORDER BY i.updated_at DESC, i.id DESC
                """)
                .param("language", language.code())
                .query((rs, n) -> {
                    long sourceId = rs.getLong("source_item_id");
                    boolean translation = !rs.wasNull();
                    return new TranslationLine(rs.getLong("id"), Language.fromCode(rs.getString("language")).orElseThrow(),
                            rs.getString("title"), ContentStatus.valueOf(rs.getString("status")),
                            translation ? sourceId : null, translation);
                })
                .list();
    }

    /**
     * Replaces the working copy's links to contacts by the draft's; its countries and tags are
     * written with its row.
     */
    void replaceLinks(long id, ContentDraft draft) {
        Links.deleteContacts(writes, id);
        addLinks(id, draft);
    }

    /** Adds the draft's contacts to an item that has none yet (one just inserted). */
    void addLinks(long id, ContentDraft draft) {
        Links.insertContacts(writes, Links.WORKING_COPY, id, draft);
    }

    /** Sets when the item goes live and when it comes off the site (null for no time). */
    void schedule(long id, OffsetDateTime publishAt, OffsetDateTime unpublishAt) {
        jdbc.sql("UPDATE content_item SET publish_at = :publishAt, unpublish_at = :unpublishAt WHERE id = :id")
                .param("publishAt", publishAt).param("unpublishAt", unpublishAt).param("id", id).update();
    }

    /**
     * Claims the next item due to go live, locking its row until the transaction ends; rows
     * another node has claimed are skipped, so two nodes never publish the same item at once.
     */
    Optional<Long> claimDuePublication(OffsetDateTime now) {
        return jdbc.sql("""
                SELECT id FROM content_item WHERE status = 'SCHEDULED' AND publish_at <= :now
                ORDER BY publish_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                """).param("now", now).query(Long.class).optional();
    }

    /** As {@link #claimDuePublication}, for published items whose unpublish time has come. */
    Optional<Long> claimDueUnpublication(OffsetDateTime now) {
        return jdbc.sql("""
                SELECT id FROM content_item WHERE status = 'PUBLISHED' AND unpublish_at <= :now
                ORDER BY unpublish_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                """).param("now", now).query(Long.class).optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM content_item WHERE id = :id").param("id", id).update();
    }

    private static Map<String, Object> draftParams(ContentDraft draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", draft.type().name());
        params.put("kind", draft.kind() == null ? null : draft.kind().name());
        params.put("language", draft.language().code());
        params.put("slug", draft.slug());
        params.put("title", draft.title());
        params.put("summary", draft.summary());
        params.put("body", draft.bodyMarkdown());
        params.put("releaseDate", draft.releaseDate());
        params.put("dateFromPublication", draft.dateFromPublication());
        params.put("datelineCity", draft.datelineCity());
        params.put("datelineCountry", draft.datelineCountry());
        params.put("parentGroup", draft.parentGroup());
        params.put("layout", draft.layout().name());
        params.put("featured", draft.featured());
        params.put("countries", codes(draft.countries()));
        params.put("themes", codes(draft.themes()));
        params.put("organizations", codes(draft.organizations()));
        params.put("blocks", draft.blocks());
        params.put("imageKey", draft.image() == null ? null : draft.image().key());
        params.put("imageAlt", draft.image() == null ? null : draft.image().alt());
        params.put("imageCredit", draft.image() == null ? null : draft.image().credit());
        return params;
    }

    private static EditableItem item(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        ContentDraft draft = new ContentDraft(ContentType.valueOf(rs.getString("content_type")), kind(rs.getString("kind")),
                Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("title"), rs.getString("slug"),
                rs.getString("summary"), rs.getString("body_markdown"),
                rs.getObject("release_date", java.time.LocalDate.class), rs.getBoolean("date_from_publication"),
                rs.getString("dateline_city"), trim(rs.getString("dateline_country")),
                rs.getObject("parent_group", UUID.class), PageLayout.valueOf(rs.getString("layout")),
                rs.getBoolean("featured"), codes(rs, "countries"), contacts(rs), codes(rs, "themes"),
                codes(rs, "organizations"), rs.getString("blocks_json"), image(rs));
        long sourceId = rs.getLong("source_item_id");
        Translation translation = rs.wasNull() ? null
                : new Translation(sourceId, rs.getInt("source_revision"), rs.getString("translation_credit"));
        int publishedNumber = rs.getInt("published_number");
        Integer publishedRevision = rs.wasNull() ? null : publishedNumber;
        String publishedSlug = rs.getString("published_slug");
        return new EditableItem(id, rs.getObject("translation_group", UUID.class),
                ContentStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getInt("revision_number"),
                publishedRevision, publishedSlug, draft,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("first_published_at", OffsetDateTime.class), translation,
                rs.getObject("publish_at", OffsetDateTime.class), rs.getObject("unpublish_at", OffsetDateTime.class));
    }

    private static FeaturedImage image(ResultSet rs) throws SQLException {
        String key = rs.getString("featured_image_key");
        return key == null ? null
                : new FeaturedImage(key, rs.getString("featured_image_alt"), rs.getString("featured_image_credit"));
    }

    /** The working copy's contacts, in their order, read with its row (a row mapper runs no query). */
    private static List<Long> contacts(ResultSet rs) throws SQLException {
        String ids = rs.getString("contact_ids");
        return ids == null ? List.of() : java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    /**
     * Codes as the item's row keeps them: once each, in alphabetical order, as their link tables
     * gave them before they moved into the row (V49).
     */
    private static String[] codes(List<String> codes) {
        return codes.stream().distinct().sorted().toArray(String[]::new);
    }

    private static List<String> codes(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        List<String> codes = new ArrayList<>();
        for (Object code : (Object[]) array.getArray()) {
            codes.add(code.toString().trim());
        }
        array.free();
        return codes;
    }

    static ArticleKind kind(String name) {
        return name == null ? null : ArticleKind.valueOf(name);
    }

    static String trim(String code) {
        return code == null ? null : code.trim();
    }
}
