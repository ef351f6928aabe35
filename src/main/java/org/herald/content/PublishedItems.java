package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.herald.store.Writes;
import org.springframework.stereotype.Component;

/**
 * Writes the public read model: {@code published_item}, its links, and slug redirects. Every
 * write joins the transaction's writes, with the rest of the publication.
 */
@Component
class PublishedItems {

    private final Writes writes;

    PublishedItems(Writes writes) {
        this.writes = writes;
    }

    /**
     * Adds the item's public row (and its countries, contacts and tags) for its latest revision,
     * which must exist by the time this runs; a row the item had before must have been
     * {@linkplain #remove removed} first. A slug another item already shows the public is refused.
     */
    void put(EditableItem item, String bodyHtml, LocalDate releaseDate, OffsetDateTime firstPublished,
             OffsetDateTime now) {
        ContentDraft draft = item.draft();
        writes.sql("""
                INSERT INTO published_item (item_id, revision_id, translation_group, content_type, kind, language, slug,
                    title, summary, body_html, release_date, release_year, dateline_city, dateline_country,
                    parent_group, layout, featured, first_published_at, last_published_at, is_original,
                    translation_credit, blocks_json)
                VALUES (:id, (SELECT id FROM revision WHERE item_id = :id AND number = :number), :group, :type, :kind,
                    :language, :slug, :title, :summary, :bodyHtml, :releaseDate, :releaseYear, :datelineCity,
                    :datelineCountry, :parentGroup, :layout, :featured, :firstPublished, :now, :original, :credit, :blocks)
                """)
                .param("id", item.id())
                .param("number", item.revisionNumber())
                .param("group", item.translationGroup())
                .param("type", draft.type().name())
                .param("kind", draft.kind() == null ? null : draft.kind().name())
                .param("language", draft.language().code())
                .param("slug", draft.slug())
                .param("title", draft.title())
                .param("summary", draft.summary())
                .param("bodyHtml", bodyHtml)
                .param("releaseDate", releaseDate)
                .param("releaseYear", releaseDate == null ? null : releaseDate.getYear())
                .param("datelineCity", draft.datelineCity())
                .param("datelineCountry", draft.datelineCountry())
                .param("parentGroup", draft.parentGroup())
                .param("layout", draft.layout().name())
                .param("featured", draft.featured())
                .param("firstPublished", firstPublished)
                .param("now", now)
                .param("original", !item.isTranslation())
                .param("credit", item.isTranslation() ? item.translation().credit() : null)
                .param("blocks", draft.blocks())
                .refusing(slugTaken -> new ContentValidationException(Map.of("slug", "error.slug.taken")));
        Links.insertPublishedCountriesAndTags(writes, item.id(), draft);
        Links.insertContacts(writes, Links.PUBLISHED, item.id(), draft);
    }

    void remove(long itemId) {
        writes.sql("DELETE FROM published_item WHERE item_id = :id").param("id", itemId);
    }

    /**
     * Keeps {@code oldSlug} answering for the item, and makes sure the item's current slug is
     * not itself a redirect any more (to this item or, from an earlier life, to another one).
     */
    void redirect(String language, String oldSlug, String newSlug, long itemId, OffsetDateTime now) {
        writes.sql("DELETE FROM slug_redirect WHERE language = :language AND old_slug IN (:slugs)")
                .param("language", language).param("slugs", List.of(oldSlug, newSlug));
        writes.sql("""
                INSERT INTO slug_redirect (language, old_slug, item_id, created_at)
                VALUES (:language, :oldSlug, :itemId, :now)
                """)
                .param("language", language).param("oldSlug", oldSlug).param("itemId", itemId).param("now", now);
    }

    void clearRedirect(String language, String slug) {
        writes.sql("DELETE FROM slug_redirect WHERE language = :language AND old_slug = :slug")
                .param("language", language).param("slug", slug);
    }
}
