package org.herald.content;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.herald.i18n.Language;

/**
 * The editable fields of a language version: what a save stores as a new revision.
 *
 * @param kind                the article's kind; null for pages
 * @param slug                the URL name; derived from the title when blank
 * @param bodyMarkdown        the body in Markdown (HTML in it is sanitized when rendered)
 * @param releaseDate         the article's date; null when unknown
 * @param dateFromPublication whether an empty release date becomes the day of first
 *                            publication (true for items written in Herald, false for imports
 *                            whose date is unknown and must stay so)
 * @param datelineCountry     ISO code of the dateline's country, may be null
 * @param parentGroup         translation group of the parent page (pages inside a section)
 * @param featured            shown among the home page's highlights
 * @param countries           ISO codes of the countries the item is about
 * @param contacts            ids of the media contacts of the item, in display order
 * @param themes              codes of the item's themes ("health", "labour-migration"), lower case
 * @param organizations       codes of the organizations it mentions ("cis"), lower case
 * @param blocks              the page's blocks as stored JSON (see {@link Blocks}), null when it has none
 * @param image               the featured image; null for none
 */
public record ContentDraft(ContentType type, ArticleKind kind, Language language, String title, String slug,
                           String summary, String bodyMarkdown, LocalDate releaseDate, boolean dateFromPublication,
                           String datelineCity, String datelineCountry, UUID parentGroup, PageLayout layout,
                           boolean featured, List<String> countries, List<Long> contacts, List<String> themes,
                           List<String> organizations, String blocks, FeaturedImage image) {

    public ContentDraft {
        countries = countries == null ? List.of() : List.copyOf(countries);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        themes = themes == null ? List.of() : List.copyOf(themes);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        layout = layout == null ? PageLayout.STANDARD : layout;
    }

    /** A draft without blocks or a featured image. */
    public ContentDraft(ContentType type, ArticleKind kind, Language language, String title, String slug,
                        String summary, String bodyMarkdown, LocalDate releaseDate, boolean dateFromPublication,
                        String datelineCity, String datelineCountry, UUID parentGroup, PageLayout layout,
                        boolean featured, List<String> countries, List<Long> contacts, List<String> themes,
                        List<String> organizations) {
        this(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate, dateFromPublication, datelineCity,
                datelineCountry, parentGroup, layout, featured, countries, contacts, themes, organizations, null,
                null);
    }

    /** A draft with no themes and no organizations. */
    public ContentDraft(ContentType type, ArticleKind kind, Language language, String title, String slug,
                        String summary, String bodyMarkdown, LocalDate releaseDate, boolean dateFromPublication,
                        String datelineCity, String datelineCountry, UUID parentGroup, PageLayout layout,
                        boolean featured, List<String> countries, List<Long> contacts) {
        this(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate, dateFromPublication, datelineCity,
                datelineCountry, parentGroup, layout, featured, countries, contacts, List.of(), List.of());
    }

    /** The same draft with these themes and organizations. */
    public ContentDraft withTags(List<String> themes, List<String> organizations) {
        return new ContentDraft(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate,
                dateFromPublication, datelineCity, datelineCountry, parentGroup, layout, featured, countries, contacts,
                themes, organizations, blocks, image);
    }

    /** The same draft with these blocks (stored JSON, null for none). */
    public ContentDraft withBlocks(String blocks) {
        return new ContentDraft(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate,
                dateFromPublication, datelineCity, datelineCountry, parentGroup, layout, featured, countries, contacts,
                themes, organizations, blocks, image);
    }

    /** The same draft with this featured image (null for none). */
    public ContentDraft withImage(FeaturedImage image) {
        return new ContentDraft(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate,
                dateFromPublication, datelineCity, datelineCountry, parentGroup, layout, featured, countries, contacts,
                themes, organizations, blocks, image);
    }

    /** A blank article of this kind, as the "new article" form starts. */
    public static ContentDraft newArticle(ArticleKind kind, Language language) {
        return new ContentDraft(ContentType.ARTICLE, kind, language, "", "", "", "", null, true, null, null, null,
                PageLayout.STANDARD, false, List.of(), List.of());
    }

    /** A blank page, as the "new page" form starts. */
    public static ContentDraft newPage(Language language) {
        return new ContentDraft(ContentType.PAGE, null, language, "", "", "", "", null, true, null, null, null,
                PageLayout.STANDARD, false, List.of(), List.of());
    }

    /** A blank vacancy, as the "new vacancy" form starts; its terms are a group field of the careers module. */
    public static ContentDraft newVacancy(Language language) {
        return new ContentDraft(ContentType.VACANCY, null, language, "", "", "", "", null, true, null, null, null,
                PageLayout.STANDARD, false, List.of(), List.of());
    }
}
