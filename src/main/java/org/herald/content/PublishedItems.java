package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.herald.media.MediaLibrary;
import org.herald.store.Writes;
import org.springframework.stereotype.Component;

/**
 * Writes the public read model: {@code published_item}, its links, and slug redirects. Every
 * write joins the transaction's writes, with the rest of the publication.
 */
@Component
class PublishedItems {

    private final Writes writes;
    private final MediaLibrary media;

    PublishedItems(Writes writes, MediaLibrary media) {
        this.writes = writes;
        this.media = media;
    }

    /**
     * Adds the item's public row (and its countries, contacts and tags) for its latest revision,
     * which must exist by the time this runs; a row the item had before must have been
     * {@linkplain #remove removed} first. A slug another item already shows the public is refused.
     */
    void put(EditableItem item, String bodyHtml, LocalDate releaseDate, OffsetDateTime firstPublished,
             OffsetDateTime now) {
        ContentDraft draft = item.draft();
        Picture picture = Picture.of(media, draft.image());
        writes.sql("""
                INSERT INTO published_item (item_id, revision_id, translation_group, content_type, kind, language, slug,
                    title, summary, body_html, release_date, release_year, dateline_city, dateline_country,
                    parent_group, layout, featured, first_published_at, last_published_at, is_original,
                    translation_credit, blocks_json, featured_image_key, featured_image_alt, featured_image_credit,
                    featured_image_src, featured_image_srcset, featured_image_width, featured_image_height)
                VALUES (:id, (SELECT id FROM revision WHERE item_id = :id AND number = :number), :group, :type, :kind,
                    :language, :slug, :title, :summary, :bodyHtml, :releaseDate, :releaseYear, :datelineCity,
                    :datelineCountry, :parentGroup, :layout, :featured, :firstPublished, :now, :original, :credit,
                    :blocks, :imageKey, :imageAlt, :imageCredit, :imageSrc, :imageSrcset, :imageWidth, :imageHeight)
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
                .param("imageKey", picture == null ? null : draft.image().key())
                .param("imageAlt", picture == null ? null : picture.alt())
                .param("imageCredit", picture == null ? null : picture.credit())
                .param("imageSrc", picture == null ? null : picture.src())
                .param("imageSrcset", picture == null ? null : picture.srcset())
                .param("imageWidth", picture == null ? null : picture.width())
                .param("imageHeight", picture == null ? null : picture.height())
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
