package org.herald.content.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.content.ArticleKind;
import org.herald.content.Blocks;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.FeaturedImage;
import org.herald.content.PageLayout;
import org.herald.i18n.Language;

/**
 * The editor form as submitted: every field as text, so that a malformed value becomes a
 * message next to its field instead of a failed request.
 */
public record ContentForm(String type, String kind, String language, String title, String slug, String summary,
                   String bodyMarkdown, String releaseDate, String datelineCity, String datelineCountry,
                   String parentGroup, String layout, Boolean featured, List<String> countries, List<String> contacts,
                   String version, String translationCredit, Boolean upToDate, String themes, String organizations,
                   List<BlockForm> blocks, String image, String imageAlt, String imageCredit) {

    public ContentForm {
        blocks = blocks == null ? List.of() : blocks.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Whether the country is among the selected ones. */
    public boolean hasCountry(String code) {
        return countries != null && countries.contains(code);
    }

    /** Whether the contact is among the selected ones. */
    public boolean hasContact(long id) {
        return contacts != null && contacts.contains(Long.toString(id));
    }

    /** The form of a new translation into {@code language}: the source's fields, to be translated. */
    static ContentForm translationOf(ContentDraft source, String language) {
        ContentForm form = of(source, null);
        return new ContentForm(form.type, form.kind, language, form.title, "", form.summary, form.bodyMarkdown,
                form.releaseDate, form.datelineCity, form.datelineCountry, form.parentGroup, form.layout, form.featured,
                form.countries, form.contacts, null, null, null, form.themes, form.organizations, form.blocks, form.image,
                form.imageAlt, form.imageCredit);
    }

    /** The same form with the translation's credit filled in, as the editor opens a translation. */
    ContentForm withCredit(String credit) {
        return new ContentForm(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate, datelineCity,
                datelineCountry, parentGroup, layout, featured, countries, contacts, version, credit, upToDate, themes,
                organizations, blocks, image, imageAlt, imageCredit);
    }

    /** Whether the translator says the translation now follows the source's latest revision. */
    public boolean isUpToDate() {
        return Boolean.TRUE.equals(upToDate);
    }

    /** Whether the item is to be shown among the highlights. */
    public boolean isFeatured() {
        return Boolean.TRUE.equals(featured);
    }

    /** The same form based on another version: after a refused stale save, the latest one. */
    ContentForm withVersion(int newVersion) {
        return new ContentForm(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate, datelineCity,
                datelineCountry, parentGroup, layout, featured, countries, contacts, Integer.toString(newVersion),
                translationCredit, upToDate, themes, organizations, blocks, image, imageAlt, imageCredit);
    }

    /** The version the editor opened, null when the form did not carry a readable one. */
    Integer versionNumber() {
        try {
            return version == null ? null : Integer.valueOf(version.trim());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    /** The form filled from a draft, as the editor opens it. */
    static ContentForm of(ContentDraft draft, Integer version) {
        List<String> contactIds = draft.contacts().stream().map(String::valueOf).toList();
        return new ContentForm(draft.type().name(), draft.kind() == null ? "" : draft.kind().name(),
                draft.language().code(), draft.title(), draft.slug(), draft.summary(), draft.bodyMarkdown(),
                draft.releaseDate() == null ? "" : draft.releaseDate().toString(), draft.datelineCity(),
                draft.datelineCountry(), draft.parentGroup() == null ? "" : draft.parentGroup().toString(),
                draft.layout().name(), draft.featured(), draft.countries(), contactIds,
                version == null ? null : version.toString(), null, null, String.join(", ", draft.themes()),
                String.join(", ", draft.organizations()),
                Blocks.read(draft.blocks()).stream().map(BlockForm::of).toList(),
                draft.image() == null ? "" : "/media/" + draft.image().key(),
                draft.image() == null ? "" : draft.image().alt(),
                draft.image() == null || draft.image().credit() == null ? "" : draft.image().credit());
    }

    /**
     * The draft this form describes; fields that cannot be read are added to {@code errors}
     * (field → message key) and left empty in the draft.
     *
     * @param dateFromPublication carried over from the item: the form does not change it
     */
    ContentDraft toDraft(boolean dateFromPublication, Map<String, String> errors) {
        ContentType contentType = parse(ContentType.class, type, "type", errors);
        return new ContentDraft(contentType,
                contentType == ContentType.ARTICLE ? parse(ArticleKind.class, kind, "kind", errors) : null,
                Language.fromCode(language).orElseGet(() -> {
                    errors.put("language", "error.language.required");
                    return null;
                }),
                title, slug, summary, bodyMarkdown, date(errors), dateFromPublication, datelineCity, datelineCountry,
                group(errors), blank(layout) ? PageLayout.STANDARD : parse(PageLayout.class, layout, "layout", errors),
                isFeatured(), countries, contactIds(errors), codes(themes), codes(organizations),
                Blocks.write(blocks.stream().map(block -> block.toBlock(errors)).toList()),
                blank(image) ? null : new FeaturedImage(image.trim(), imageAlt, imageCredit));
    }

    /** The same form after one of the editor's block buttons (nothing is saved until "Save"). */
    ContentForm withBlockAction(String action) {
        return new ContentForm(type, kind, language, title, slug, summary, bodyMarkdown, releaseDate, datelineCity,
                datelineCountry, parentGroup, layout, featured, countries, contacts, version, translationCredit,
                upToDate, themes, organizations, BlockForm.apply(blocks, action), image, imageAlt, imageCredit);
    }

    /** Whether a submitted action is one of the block buttons rather than save or preview. */
    static boolean isBlockAction(String action) {
        return action != null && action.startsWith("block-");
    }

    /** Codes typed as a comma-separated list ("health, labour-migration"). */
    private static List<String> codes(String text) {
        return blank(text) ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    private List<Long> contactIds(Map<String, String> errors) {
        if (contacts == null) {
            return List.of();
        }
        try {
            return contacts.stream().filter(id -> !id.isBlank()).map(id -> Long.valueOf(id.trim())).toList();
        } catch (NumberFormatException malformed) {
            errors.put("contacts", "error.contact.unknown");
            return List.of();
        }
    }

    private LocalDate date(Map<String, String> errors) {
        if (blank(releaseDate)) {
            return null;
        }
        try {
            return LocalDate.parse(releaseDate.trim());
        } catch (DateTimeParseException malformed) {
            errors.put("releaseDate", "error.date.invalid");
            return null;
        }
    }

    private UUID group(Map<String, String> errors) {
        if (blank(parentGroup)) {
            return null;
        }
        try {
            return UUID.fromString(parentGroup.trim());
        } catch (IllegalArgumentException malformed) {
            errors.put("parentGroup", "error.parent.invalid");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "error." + field + ".required");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
