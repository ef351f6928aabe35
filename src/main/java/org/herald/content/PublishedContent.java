package org.herald.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public read model. Every public page, listing, feed and API reads content through here,
 * and here reads only {@code published_item}: what is not published does not exist for them.
 */
@Component
public class PublishedContent {

    private static final String SUMMARY_COLUMNS = """
            SELECT p.item_id, p.translation_group, p.content_type, p.kind, p.language, p.slug, p.title, p.summary,
                   p.release_date, p.dateline_city, p.dateline_country, p.featured, p.featured_image_alt,
                   p.featured_image_credit, p.featured_image_src, p.featured_image_srcset, p.featured_image_width,
                   p.featured_image_height
            FROM published_item p
            """;
    /**
     * What a list in a language shows: its versions in that language, and the originals of the
     * groups that have none in it (shown with a notice, never hidden and never a 404).
     */
    private static final String SHOWN_IN_LANGUAGE = "(p.language = :language OR (p.is_original = TRUE AND NOT EXISTS"
            + " (SELECT 1 FROM published_item t WHERE t.translation_group = p.translation_group"
            + " AND t.language = :language)))";
    /** Newest first; unknown dates after every known one, then by when Herald published them. */
    private static final String NEWEST_FIRST =
            " ORDER BY p.release_date DESC NULLS LAST, p.first_published_at DESC, p.item_id DESC";

    /**
     * A whole published item with its countries and contacts, in one query: a row mapper never
     * runs another query while the result it reads holds the connection.
     */
    private static final String VIEW_COLUMNS = """
            SELECT p.*,
                   (SELECT string_agg(TRIM(c.country_code), ',' ORDER BY c.country_code) FROM published_item_country c
                    WHERE c.item_id = p.item_id) AS country_codes,
                   (SELECT string_agg(CAST(k.contact_id AS VARCHAR), ',' ORDER BY k.position)
                    FROM published_item_contact k WHERE k.item_id = p.item_id) AS contact_ids
            FROM published_item p
            """;

    /** An item's address and dates (its group's language versions are read after, for a whole chunk at once). */
    private static final String LOCATION_COLUMNS = """
            SELECT p.item_id, p.translation_group, p.content_type, p.language, p.slug, p.title, p.release_date,
                   p.first_published_at, p.last_published_at
            FROM published_item p
            """;

    /**
     * What a sitemap lists of an item, and only that: all of it is in {@code published_item_location_idx},
     * so that H2 reads the index alone, not each row with its body.
     */
    private static final String CHUNK_LOCATION_COLUMNS = """
            SELECT p.item_id, p.translation_group, p.content_type, p.language, p.slug, CAST(NULL AS VARCHAR) AS title,
                   CAST(NULL AS DATE) AS release_date, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS first_published_at,
                   p.last_published_at
            FROM published_item p
            """;

    /** How many translation groups one statement asks about (see {@link #groupsListedIn}). */
    private static final int GROUPS_PER_QUERY = 1000;

    /** The change log's name for content, in which pages name what they depend on. */
    private static final String ITEM = "content_item";

    private final JdbcClient jdbc;

    PublishedContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedView> find(ContentType type, Language language, String slug) {
        Optional<PublishedView> found = jdbc.sql(VIEW_COLUMNS
                        + " WHERE p.content_type = :type AND p.language = :language AND p.slug = :slug")
                .param("type", type.name()).param("language", language.code()).param("slug", slug)
                .query(PublishedContent::view)
                .optional();
        found.ifPresentOrElse(PublishedContent::dependOn, PublishedContent::dependOnAny);
        return found;
    }

    /**
     * The published versions, in any language, with this slug: where a reader lands when the
     * URL's language has no item of that name (a translation is then found through its group).
     */
    public List<PublishedView> findInAnyLanguage(ContentType type, String slug) {
        dependOnAny();
        return jdbc.sql(VIEW_COLUMNS + " WHERE p.content_type = :type AND p.slug = :slug ORDER BY p.is_original DESC")
                .param("type", type.name()).param("slug", slug)
                .query(PublishedContent::view)
                .list();
    }

    /** The current slug of the item that was once public under {@code oldSlug}, if it is still public. */
    public Optional<String> redirect(ContentType type, Language language, String oldSlug) {
        dependOnAny();
        return jdbc.sql("""
                SELECT p.slug FROM slug_redirect r JOIN published_item p ON p.item_id = r.item_id
                WHERE r.language = :language AND r.old_slug = :slug AND p.content_type = :type
                """)
                .param("language", language.code()).param("slug", oldSlug).param("type", type.name())
                .query(String.class)
                .optional();
    }

    /** The published item with this id, if it is published now (what the search index follows). */
    public Optional<PublishedView> byId(long itemId) {
        Dependencies.on(ITEM, itemId);
        return jdbc.sql(VIEW_COLUMNS + " WHERE p.item_id = :id").param("id", itemId)
                .query(PublishedContent::view)
                .optional();
    }

    /**
     * Every published item, one at a time, with its countries (the search index is built from
     * this): two queries in all, not two per item, so that a rebuild of a large archive is quick.
     */
    public void forEachPublished(java.util.function.Consumer<PublishedView> action) {
        Map<Long, List<String>> countries = new HashMap<>();
        jdbc.sql("SELECT item_id, country_code FROM published_item_country").query(rs -> {
            countries.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2).trim());
        });
        jdbc.sql("SELECT * FROM published_item ORDER BY item_id").query(rs -> {
            action.accept(view(rs, countries.getOrDefault(rs.getLong("item_id"), List.of()), List.of()));
        });
    }

    /** The theme codes of every published item that has any, by item id (for building the search index). */
    public Map<Long, List<String>> themesOfAll() {
        Map<Long, List<String>> themes = new HashMap<>();
        jdbc.sql("SELECT item_id, code FROM published_item_tag WHERE tag_type = :type ORDER BY code")
                .param("type", Tags.THEME)
                .query(rs -> {
                    themes.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return themes;
    }

    /** A page of the news listing, newest first. */
    public ResultPage<PublishedSummary> news(NewsQuery query) {
        dependOnAny();
        Map<String, Object> params = new HashMap<>();
        String where = newsWhere(query, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM published_item p" + where).params(params)
                .query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        List<PublishedSummary> items = jdbc.sql(SUMMARY_COLUMNS + where + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(PublishedContent::summary)
                .list();
        return new ResultPage<>(items, query.page(), query.size(), total);
    }

    /**
     * The first page of the news listing with each item whole (body, countries, contacts), in
     * the listing's order: what a feed of that listing carries.
     */
    public List<PublishedView> newsInFull(NewsQuery query) {
        dependOnAny();
        Map<String, Object> params = new HashMap<>();
        String where = newsWhere(query, params);
        params.put("limit", query.size());
        // The page's ids first, then their whole rows: H2 would otherwise read every matching
        // body and run the per-row subqueries before sorting (5 s on 37,000 articles, not 50 ms).
        List<Long> ids = jdbc.sql("SELECT p.item_id FROM published_item p" + where + NEWEST_FIRST + " LIMIT :limit")
                .params(params)
                .query(Long.class)
                .list();
        return viewsOf(ids);
    }

    /** Those of these items that are published now, whole, in the listing's order (newest first). */
    public List<PublishedView> viewsOf(java.util.Collection<Long> itemIds) {
        dependOnAny();
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW_COLUMNS + " WHERE p.item_id IN (:ids)" + NEWEST_FIRST).param("ids", itemIds)
                .query(PublishedContent::view)
                .list();
    }

    /** The theme codes of these published items, by item id (items without a theme are absent). */
    public Map<Long, List<String>> themesOf(java.util.Collection<Long> itemIds) {
        itemIds.forEach(id -> Dependencies.on(ITEM, id));
        Map<Long, List<String>> themes = new HashMap<>();
        if (itemIds.isEmpty()) {
            return themes;
        }
        jdbc.sql("SELECT item_id, code FROM published_item_tag WHERE tag_type = :type AND item_id IN (:ids) ORDER BY code")
                .param("type", Tags.THEME).param("ids", itemIds)
                .query(rs -> {
                    themes.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return themes;
    }

    /** The published items counted by language and type, with when each set last changed (a sitemap index). */
    public List<PublishedTally> tallies() {
        dependOnAny();
        return jdbc.sql("""
                SELECT language, content_type, COUNT(*) AS n, MAX(last_published_at) AS last_published,
                       SUM(item_id) AS id_sum
                FROM published_item GROUP BY language, content_type
                """)
                .query((rs, row) -> new PublishedTally(Language.fromCode(rs.getString("language")).orElse(null),
                        ContentType.valueOf(rs.getString("content_type")), rs.getLong("n"),
                        rs.getObject("last_published", OffsetDateTime.class), rs.getLong("id_sum")))
                .list().stream().filter(tally -> tally.language() != null).toList();
    }

    /** How many articles in a language were first published since an instant (a News sitemap's size). */
    public long countArticlesPublishedSince(Language language, OffsetDateTime since) {
        dependOnAny();
        return jdbc.sql("""
                SELECT COUNT(*) FROM published_item
                WHERE content_type = 'ARTICLE' AND language = :language AND first_published_at >= :since
                """)
                .param("language", language.code()).param("since", since)
                .query(Long.class).single();
    }

    /**
     * A chunk of the items of a type published in a language, by id, after skipping {@code skip}
     * of those whose id is above {@code afterId}; each with the languages its group is published
     * in, without title or dates other than the last publication. A sitemap is written chunk by
     * chunk and never held whole. The order names the index's constant leading columns too: H2
     * reads an index in order (and stops at the limit) only when the order is a prefix of it.
     */
    public List<PublishedLocation> locations(ContentType type, Language language, long afterId, long skip,
                                             int limit) {
        dependOnAny();
        return withVersions(jdbc.sql(CHUNK_LOCATION_COLUMNS + """
                 WHERE p.content_type = :type AND p.language = :language AND p.item_id > :after
                 ORDER BY p.content_type, p.language, p.item_id LIMIT :limit OFFSET :skip
                """)
                .param("type", type.name()).param("language", language.code()).param("after", afterId)
                .param("limit", limit).param("skip", skip)
                .query(PublishedContent::location)
                .list());
    }

    /** The articles in a language first published since an instant, newest first (a News sitemap). */
    public List<PublishedLocation> articlesPublishedSince(Language language, OffsetDateTime since, int limit) {
        dependOnAny();
        return withVersions(jdbc.sql(LOCATION_COLUMNS + """
                 WHERE p.content_type = 'ARTICLE' AND p.language = :language AND p.first_published_at >= :since
                 ORDER BY p.content_type, p.language, p.first_published_at DESC, p.item_id DESC LIMIT :limit
                """)
                .param("language", language.code()).param("since", since).param("limit", limit)
                .query(PublishedContent::location)
                .list());
    }

    /**
     * The locations with the slug of every published language version of their groups: one query
     * for the whole chunk, after the chunk's own (a subquery per row made H2 compute it for every
     * row before the limit).
     */
    private List<PublishedLocation> withVersions(List<Located> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<Language, String>> versions = new HashMap<>();
        jdbc.sql("SELECT translation_group, language, slug FROM published_item WHERE translation_group IN (:groups)")
                .param("groups", chunk.stream().map(Located::group).distinct().toList())
                .query(rs -> {
                    Optional<Language> language = Language.fromCode(rs.getString("language"));
                    if (language.isPresent()) {
                        versions.computeIfAbsent(rs.getObject("translation_group", UUID.class),
                                g -> new java.util.EnumMap<>(Language.class)).put(language.get(), rs.getString("slug"));
                    }
                });
        return chunk.stream().map(located -> located.with(versions.getOrDefault(located.group(), Map.of()))).toList();
    }

    /** A location as its chunk's query reads it, before its group's versions. */
    private record Located(UUID group, PublishedLocation location) {

        PublishedLocation with(Map<Language, String> versions) {
            return new PublishedLocation(location.itemId(), location.type(), location.language(), location.slug(),
                    location.title(), location.releaseDate(), location.firstPublishedAt(), location.lastPublishedAt(),
                    versions.isEmpty() ? Map.of()
                            : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(versions)));
        }
    }

    private static Located location(ResultSet rs, int row) throws SQLException {
        return new Located(rs.getObject("translation_group", UUID.class), new PublishedLocation(rs.getLong("item_id"),
                ContentType.valueOf(rs.getString("content_type")),
                Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("slug"), rs.getString("title"),
                rs.getObject("release_date", LocalDate.class), rs.getObject("first_published_at", OffsetDateTime.class),
                rs.getObject("last_published_at", OffsetDateTime.class), Map.of()));
    }

    /**
     * A page of the news listing that starts after a position (or at the top when it is null):
     * the same filters and order as {@link #news}, read by keyset so that items published or
     * unpublished meanwhile neither repeat nor skip an item on the next page.
     */
    public NewsSlice newsAfter(NewsQuery query, NewsPosition after) {
        dependOnAny();
        Map<String, Object> params = new HashMap<>();
        String where = newsWhere(query, params);
        params.put("limit", query.size() + 1);
        String columns = SUMMARY_COLUMNS.replace("p.featured, ", "p.featured, p.first_published_at, ");
        String sql = columns + where + NEWEST_FIRST + " LIMIT :limit";
        if (after != null) {
            params.put("afterDate", after.releaseDate());
            params.put("afterPublished", after.firstPublishedAt());
            params.put("afterId", after.itemId());
            List<String> ranges = after.releaseDate() == null
                    ? List.of(" AND p.release_date IS NULL AND " + PUBLISHED_EARLIER)
                    : List.of(" AND p.release_date = :afterDate AND " + PUBLISHED_EARLIER,
                            " AND p.release_date < :afterDate", " AND p.release_date IS NULL");
            sql = "SELECT * FROM (" + String.join(" UNION ALL ", ranges.stream()
                    .map(range -> "(" + columns + where + range + NEWEST_FIRST + " LIMIT :limit)").toList())
                    + ") p" + NEWEST_FIRST + " LIMIT :limit";
        }
        List<NewsRow> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new NewsRow(summary(rs, n), rs.getObject("first_published_at", OffsetDateTime.class)))
                .list();
        List<NewsRow> shown = rows.subList(0, Math.min(rows.size(), query.size()));
        NewsPosition next = null;
        if (rows.size() > query.size()) {
            NewsRow last = shown.get(shown.size() - 1);
            next = new NewsPosition(last.summary().releaseDate(), last.firstPublished(), last.summary().itemId());
        }
        return new NewsSlice(shown.stream().map(NewsRow::summary).toList(), next);
    }

    /** The news listing's conditions for the query's filters; their values go into {@code params}. */
    private static String newsWhere(NewsQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE " + SHOWN_IN_LANGUAGE + " AND p.content_type = 'ARTICLE'");
        params.put("language", query.language().code());
        if (query.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.year() != null) {
            where.append(" AND p.release_year = :year");
            params.put("year", query.year());
        }
        if (query.country() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM published_item_country c"
                    + " WHERE c.item_id = p.item_id AND c.country_code = :country)");
            params.put("country", query.country());
        }
        if (query.theme() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM published_item_tag t"
                    + " WHERE t.item_id = p.item_id AND t.tag_type = :themeTag AND t.code = :theme)");
            params.put("themeTag", Tags.THEME);
            params.put("theme", query.theme());
        }
        return where.toString();
    }

    /**
     * The items after a position, in order, are three ranges of the listing's index: the same
     * date published earlier, older dates, then unknown dates. Each is read as its own range
     * (a UNION ALL, each part stopping at the page size), because one condition OR-ing them would
     * be read by walking the index from the top: a page 90,000 items deep took 190 ms that way.
     */
    private static final String PUBLISHED_EARLIER = "(p.first_published_at < :afterPublished"
            + " OR (p.first_published_at = :afterPublished AND p.item_id < :afterId))";

    private record NewsRow(PublishedSummary summary, OffsetDateTime firstPublished) {

        /** {@link PublishedContent#NEWEST_FIRST}, for rows read in several statements. */
        static final java.util.Comparator<NewsRow> NEWEST_FIRST = java.util.Comparator
                .comparing((NewsRow row) -> row.summary().releaseDate(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder()))
                .thenComparing(NewsRow::firstPublished)
                .thenComparingLong(row -> row.summary().itemId())
                .reversed();
    }

    /** The newest articles marked as highlights. */
    public List<PublishedSummary> featured(Language language, int limit) {
        dependOnAny();
        return list(" WHERE " + SHOWN_IN_LANGUAGE + " AND p.content_type = 'ARTICLE' AND p.featured = TRUE",
                Map.of("language", language.code()), limit);
    }

    /** Those of these items that are published now, by id: one query however many are asked. */
    public Map<Long, PublishedSummary> summariesOf(java.util.Collection<Long> itemIds) {
        dependOnAny();
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PublishedSummary> found = new HashMap<>();
        list(" WHERE p.item_id IN (:ids)", Map.of("ids", itemIds), itemIds.size())
                .forEach(summary -> found.put(summary.itemId(), summary));
        return found;
    }

    /** The newest articles about a country. */
    public List<PublishedSummary> aboutCountry(Language language, String countryCode, int limit) {
        dependOnAny();
        return list(" WHERE " + SHOWN_IN_LANGUAGE + " AND p.content_type = 'ARTICLE' AND EXISTS (SELECT 1 FROM "
                        + "published_item_country c WHERE c.item_id = p.item_id AND c.country_code = :country)",
                Map.of("language", language.code(), "country", countryCode), limit);
    }

    /**
     * What a list in the language shows of these translation groups (their version in it, else
     * their original), newest first: the items another module tagged, as the public may see them.
     * Asked a thousand groups at a time, as {@link #groupsListedIn} is, the newest of each merged.
     */
    public List<PublishedSummary> listedIn(Language language, java.util.Collection<UUID> groups, int limit) {
        dependOnAny();
        String columns = SUMMARY_COLUMNS.replace("p.featured, ", "p.featured, p.first_published_at, ");
        List<NewsRow> rows = new java.util.ArrayList<>();
        for (List<UUID> chunk : inChunks(groups)) {
            rows.addAll(jdbc.sql(columns + " WHERE " + SHOWN_IN_LANGUAGE + " AND p.translation_group IN (:groups)"
                            + NEWEST_FIRST + " LIMIT :limit")
                    .param("language", language.code())
                    .param("groups", chunk)
                    .param("limit", limit)
                    .query((rs, n) -> new NewsRow(summary(rs, n), rs.getObject("first_published_at",
                            OffsetDateTime.class)))
                    .list());
        }
        return rows.stream().sorted(NewsRow.NEWEST_FIRST).limit(limit).map(NewsRow::summary).toList();
    }

    /**
     * Those of these translation groups that a list in the language shows (a version in it, or a
     * published original): what another module counts. Asked a thousand groups at a time, so that
     * no statement carries more parameters than a database takes, however many are tagged.
     */
    public Set<UUID> groupsListedIn(Language language, java.util.Collection<UUID> groups) {
        dependOnAny();
        Set<UUID> listed = new java.util.HashSet<>();
        for (List<UUID> chunk : inChunks(groups)) {
            listed.addAll(jdbc.sql("SELECT DISTINCT p.translation_group FROM published_item p WHERE "
                            + SHOWN_IN_LANGUAGE + " AND p.translation_group IN (:groups)")
                    .param("language", language.code())
                    .param("groups", chunk)
                    .query((rs, row) -> rs.getObject(1, UUID.class))
                    .list());
        }
        return listed;
    }

    /** The groups a thousand at a time: no statement carries more parameters than a database takes. */
    private static List<List<UUID>> inChunks(java.util.Collection<UUID> groups) {
        List<UUID> all = List.copyOf(groups);
        List<List<UUID>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += GROUPS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + GROUPS_PER_QUERY)));
        }
        return chunks;
    }

    /**
     * The translation groups with a published version tagged with each theme code: what the
     * themes' pages list and count (through {@link #listedIn} and {@link #groupsListedIn}).
     */
    public Map<String, Set<UUID>> groupsByTheme() {
        dependOnAny();
        Map<String, Set<UUID>> groups = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT t.code, p.translation_group FROM published_item_tag t
                JOIN published_item p ON p.item_id = t.item_id WHERE t.tag_type = :type
                """).param("type", Tags.THEME).query(rs -> {
                    groups.computeIfAbsent(rs.getString(1), code -> new java.util.HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return groups;
    }

    /** The translation groups with a published version tagged with the theme code. */
    public Set<UUID> groupsWithTheme(String code) {
        return groupsTagged(Tags.THEME, code);
    }

    /** The translation groups with a published version that mentions the organization (its tag code). */
    public Set<UUID> groupsWithOrganization(String code) {
        return groupsTagged(Tags.ORGANIZATION, code);
    }

    private Set<UUID> groupsTagged(String type, String code) {
        dependOnAny();
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT p.translation_group FROM published_item_tag t
                JOIN published_item p ON p.item_id = t.item_id WHERE t.tag_type = :type AND t.code = :code
                """).param("type", type).param("code", code)
                .query((rs, row) -> rs.getObject(1, UUID.class)).list());
    }

    /** The theme codes of the published items about the country. */
    public Set<String> themesOfCountry(String countryCode) {
        dependOnAny();
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT t.code FROM published_item_tag t
                JOIN published_item_country c ON c.item_id = t.item_id
                WHERE t.tag_type = :type AND c.country_code = :country
                """).param("type", Tags.THEME).param("country", countryCode).query(String.class).list());
    }

    /** The countries that published items tagged with the theme code are about, by code. */
    public List<String> countriesWithTheme(String code) {
        dependOnAny();
        return jdbc.sql("""
                SELECT DISTINCT c.country_code FROM published_item_country c
                JOIN published_item_tag t ON t.item_id = c.item_id
                WHERE t.tag_type = :type AND t.code = :code
                """).param("type", Tags.THEME).param("code", code)
                .query((rs, row) -> rs.getString(1).trim()).list();
    }

    /** The published pages whose parent is the page group, by title. */
    public List<PublishedSummary> children(Language language, UUID parentGroup) {
        dependOnAny();
        return jdbc.sql(SUMMARY_COLUMNS + " WHERE " + SHOWN_IN_LANGUAGE + " AND p.parent_group = :parent ORDER BY p.title")
                .param("language", language.code()).param("parent", parentGroup)
                .query(PublishedContent::summary)
                .list();
    }

    /**
     * The published pages under any of several parent pages, by parent group, each parent's by
     * title, as a list in the language shows them (the menu's second level, in one query).
     */
    public Map<UUID, List<PublishedSummary>> childrenOf(Language language, java.util.Collection<UUID> parentGroups) {
        // A new sub-page names its parent's group when it changes (see ContentGroups.parentsOf); one
        // that moves away, is renamed or goes names its own item: every page need not depend on all content.
        parentGroups.forEach(Dependencies::onGroup);
        if (parentGroups.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PublishedSummary>> found = new HashMap<>();
        jdbc.sql("""
                SELECT p.item_id, p.translation_group, p.content_type, p.kind, p.language, p.slug, p.title, p.summary,
                       p.release_date, p.dateline_city, p.dateline_country, p.featured, p.featured_image_alt,
                       p.featured_image_credit, p.featured_image_src, p.featured_image_srcset, p.featured_image_width,
                       p.featured_image_height, p.parent_group
                FROM published_item p
                WHERE p.content_type = 'PAGE' AND p.parent_group IN (:parents) AND
                """ + SHOWN_IN_LANGUAGE + " ORDER BY p.title")
                .param("language", language.code()).param("parents", parentGroups)
                .query(rs -> {
                    found.computeIfAbsent(rs.getObject("parent_group", UUID.class), g -> new java.util.ArrayList<>())
                            .add(summary(rs, 0));
                });
        found.values().forEach(children -> children.forEach(child -> {
            Dependencies.on(ITEM, child.itemId());
            Dependencies.onGroup(child.translationGroup());
        }));
        return found;
    }

    /**
     * Every published version of the pages whose original has one of these slugs (the footer's
     * legal pages), by the original's slug. A slug no original has makes the answer depend on
     * any content, so the page that asked notices when one is published.
     */
    public Map<String, List<PublishedSummary>> pagesNamed(java.util.Collection<String> slugs) {
        Map<UUID, String> originals = new HashMap<>();
        jdbc.sql("""
                SELECT translation_group, slug FROM published_item
                WHERE content_type = 'PAGE' AND is_original = TRUE AND slug IN (:slugs)
                """).param("slugs", slugs)
                .query(rs -> {
                    originals.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        if (originals.size() < slugs.size()) {
            dependOnAny();
        }
        Map<String, List<PublishedSummary>> found = new HashMap<>();
        versionsOf(originals.keySet()).forEach((group, versions) -> {
            versions.forEach(version -> Dependencies.on(ITEM, version.itemId()));
            found.put(originals.get(group), versions);
        });
        return found;
    }

    /** The published version of a translation group in a language, if there is one. */
    public Optional<PublishedSummary> inGroup(UUID group, Language language) {
        Dependencies.onGroup(group);
        return jdbc.sql(SUMMARY_COLUMNS + " WHERE p.translation_group = :group AND p.language = :language")
                .param("group", group).param("language", language.code())
                .query(PublishedContent::summary)
                .optional();
    }

    /** Every published language version of several translation groups, by group. */
    public Map<UUID, List<PublishedSummary>> versionsOf(java.util.Collection<UUID> groups) {
        groups.forEach(Dependencies::onGroup);
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PublishedSummary>> found = new HashMap<>();
        jdbc.sql(SUMMARY_COLUMNS + " WHERE p.translation_group IN (:groups) ORDER BY p.language")
                .param("groups", groups)
                .query(PublishedContent::summary)
                .list()
                .forEach(summary -> found.computeIfAbsent(summary.translationGroup(), g -> new java.util.ArrayList<>())
                        .add(summary));
        return found;
    }

    /** The published original of a translation group, if it is published. */
    public Optional<PublishedSummary> originalOf(UUID group) {
        Dependencies.onGroup(group);
        return jdbc.sql(SUMMARY_COLUMNS + " WHERE p.translation_group = :group AND p.is_original = TRUE")
                .param("group", group)
                .query(PublishedContent::summary)
                .optional();
    }

    /** Every published language version of a translation group. */
    public List<PublishedSummary> translations(UUID group) {
        Dependencies.onGroup(group);
        return jdbc.sql(SUMMARY_COLUMNS + " WHERE p.translation_group = :group ORDER BY p.language")
                .param("group", group)
                .query(PublishedContent::summary)
                .list();
    }

    /** The years that published articles in the language are dated in, newest first. */
    public List<Integer> years(Language language) {
        dependOnAny();
        return jdbc.sql("""
                SELECT DISTINCT p.release_year FROM published_item p
                WHERE """ + SHOWN_IN_LANGUAGE + """
                 AND p.content_type = 'ARTICLE' AND p.release_year IS NOT NULL
                ORDER BY p.release_year DESC
                """)
                .param("language", language.code())
                .query(Integer.class)
                .list();
    }

    /** Countries that published articles in the language are about. */
    public List<String> countriesWithNews(Language language) {
        dependOnAny();
        return jdbc.sql("""
                SELECT DISTINCT c.country_code FROM published_item_country c
                JOIN published_item p ON p.item_id = c.item_id
                WHERE """ + SHOWN_IN_LANGUAGE + """
                 AND p.content_type = 'ARTICLE'
                """)
                .param("language", language.code())
                .query((rs, n) -> rs.getString(1).trim())
                .list();
    }

    private List<PublishedSummary> list(String where, Map<String, ?> params, int limit) {
        return jdbc.sql(SUMMARY_COLUMNS + where + NEWEST_FIRST + " LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query(PublishedContent::summary)
                .list();
    }

    /** The theme codes of a published item, alphabetically; empty when it has none or is not published. */
    public List<String> themes(long itemId) {
        Dependencies.on(ITEM, itemId);
        return Tags.read(jdbc, itemId, Tags.THEME);
    }

    /** The codes of the organizations a published item mentions, alphabetically. */
    public List<String> organizations(long itemId) {
        Dependencies.on(ITEM, itemId);
        return Tags.read(jdbc, itemId, Tags.ORGANIZATION);
    }

    /** A page showing this item depends on it, and on its translation group (its list of languages). */
    private static void dependOn(PublishedView view) {
        Dependencies.on(ITEM, view.itemId());
        Dependencies.onGroup(view.translationGroup());
    }

    /** A list, or a look-up that found nothing, depends on every published item. */
    private static void dependOnAny() {
        Dependencies.onAny(ITEM);
    }

    private static PublishedSummary summary(ResultSet rs, int row) throws SQLException {
        return new PublishedSummary(rs.getLong("item_id"), rs.getObject("translation_group", UUID.class),
                ContentType.valueOf(rs.getString("content_type")), ContentItems.kind(rs.getString("kind")),
                Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("slug"),
                rs.getString("title"), rs.getString("summary"), rs.getObject("release_date", LocalDate.class),
                rs.getString("dateline_city"), ContentItems.trim(rs.getString("dateline_country")),
                rs.getBoolean("featured"), picture(rs));
    }

    /** The featured image a public row keeps, null when it has none. */
    private static Picture picture(ResultSet rs) throws SQLException {
        String src = rs.getString("featured_image_src");
        return src == null ? null : new Picture(src, rs.getString("featured_image_srcset"),
                rs.getInt("featured_image_width"), rs.getInt("featured_image_height"),
                rs.getString("featured_image_alt"), rs.getString("featured_image_credit"));
    }

    private static PublishedView view(ResultSet rs, int row) throws SQLException {
        return view(rs, split(rs.getString("country_codes")),
                split(rs.getString("contact_ids")).stream().map(Long::valueOf).toList());
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split(","));
    }

    private static PublishedView view(ResultSet rs, List<String> countries, List<Long> contacts) throws SQLException {
        return new PublishedView(rs.getLong("item_id"), rs.getObject("translation_group", UUID.class),
                ContentType.valueOf(rs.getString("content_type")), ContentItems.kind(rs.getString("kind")),
                Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("body_html"), rs.getObject("release_date", LocalDate.class),
                rs.getString("dateline_city"), ContentItems.trim(rs.getString("dateline_country")),
                rs.getObject("parent_group", UUID.class), PageLayout.valueOf(rs.getString("layout")),
                rs.getBoolean("featured"), rs.getObject("first_published_at", OffsetDateTime.class),
                rs.getObject("last_published_at", OffsetDateTime.class), countries, contacts,
                rs.getBoolean("is_original"), rs.getString("translation_credit"), Blocks.read(rs.getString("blocks_json")),
                picture(rs));
    }
}
