package org.herald.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a draft before it is saved and fills in what can be derived (the slug from the
 * title). Every problem is reported at once, as field → message key.
 */
@Component
class DraftValidator {

    private static final int MAX_TITLE = 500;
    private static final int MAX_BODY = 500_000;
    private static final int MAX_ALT = 500;
    private static final int MAX_CREDIT = 300;

    private final ContentItems items;
    private final Countries countries;
    private final Directory directory;
    private final ObjectProvider<ThemeVocabulary> themes;
    private final MediaLibrary media;

    DraftValidator(ContentItems items, Countries countries, Directory directory, ObjectProvider<ThemeVocabulary> themes,
                   MediaLibrary media) {
        this.media = media;
        this.items = items;
        this.countries = countries;
        this.directory = directory;
        this.themes = themes;
    }

    /** The draft ready to store (slug derived, text trimmed), or a validation exception. */
    ContentDraft check(ContentDraft draft, Long itemId) {
        return check(draft, itemId, true);
    }

    /**
     * As {@link #check}, for a new item whose rows go in at once: whether its slug is free and its
     * contacts exist is left to the database's constraints (a unique slug per language, a
     * contact's key), which the caller turns into the same errors; its theme codes are not looked
     * up (see {@link #checkTags}).
     */
    ContentDraft checkLeavingLookUpsToConstraints(ContentDraft draft) {
        return check(draft, null, false);
    }

    private ContentDraft check(ContentDraft draft, Long itemId, boolean lookUp) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = trim(draft.title());
        if (title == null) {
            errors.put("title", "error.title.required");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "error.title.too-long");
        }
        String slug = trim(draft.slug()) == null ? Slugs.slugify(title) : draft.slug().trim();
        checkSlug(draft, slug, itemId, lookUp, errors);
        checkKind(draft, errors);
        if (draft.bodyMarkdown() != null && draft.bodyMarkdown().length() > MAX_BODY) {
            errors.put("bodyMarkdown", "error.body.too-long");
        }
        checkCountries(draft, errors);
        checkTags(draft, lookUp, errors);
        String blocks = draft.type() == ContentType.PAGE ? Blocks.check(draft.blocks(), errors) : null;
        if (lookUp && !directory.allExist(draft.contacts())) {
            errors.put("contacts", "error.contact.unknown");
        }
        FeaturedImage image = image(draft.image(), lookUp, errors);
        if (!errors.isEmpty()) {
            throw new ContentValidationException(errors);
        }
        return new ContentDraft(draft.type(), draft.kind(), draft.language(), title, slug, trim(draft.summary()),
                draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown(), draft.releaseDate(),
                draft.dateFromPublication(), trim(draft.datelineCity()), upper(trim(draft.datelineCountry())),
                draft.parentGroup(), draft.layout(), draft.featured(),
                draft.countries().stream().map(DraftValidator::upper).distinct().toList(), draft.contacts(),
                tags(draft.themes()), tags(draft.organizations()), blocks, image);
    }

    /**
     * The featured image as stored (its key from its address, its alt text and credit trimmed), or
     * null with an error added: it must be an image of the media library, and say what it shows.
     */
    private FeaturedImage image(FeaturedImage image, boolean lookUp, Map<String, String> errors) {
        if (image == null || trim(image.key()) == null) {
            return null;
        }
        String key = MediaLibrary.keyOf(image.key().trim()).orElse(image.key().trim());
        if (!key.matches("[0-9a-f]{32}") || lookUp && !media.find(key).map(MediaItem::isImage).orElse(false)) {
            errors.put("image", "error.image.unknown");
        } else if (trim(image.alt()) == null) {
            errors.put("imageAlt", "error.image.alt-required");
        } else if (image.alt().trim().length() > MAX_ALT
                || image.credit() != null && image.credit().trim().length() > MAX_CREDIT) {
            errors.put("imageAlt", "error.image.too-long");
        } else {
            return new FeaturedImage(key, image.alt().trim(), trim(image.credit()));
        }
        return null;
    }

    /** Tag codes as stored: trimmed, lower case, blanks dropped, each once. */
    private static List<String> tags(List<String> codes) {
        return codes.stream().map(DraftValidator::trim).filter(java.util.Objects::nonNull)
                .map(TagCodes::normalize).distinct().toList();
    }

    private void checkSlug(ContentDraft draft, String slug, Long itemId, boolean lookUp, Map<String, String> errors) {
        if (!Slugs.isValid(slug)) {
            errors.put("slug", "error.slug.invalid");
        } else if (draft.type() == ContentType.PAGE && Slugs.RESERVED.contains(slug)) {
            errors.put("slug", "error.slug.reserved");
        } else if (lookUp && draft.language() != null && items.slugTaken(draft.language(), slug, itemId)) {
            errors.put("slug", "error.slug.taken");
        }
    }

    private static void checkKind(ContentDraft draft, Map<String, String> errors) {
        if (draft.type() == null) {
            errors.put("type", "error.type.required");
        } else if (draft.type() == ContentType.ARTICLE && draft.kind() == null) {
            errors.put("kind", "error.kind.required");
        } else if (draft.type() != ContentType.ARTICLE && draft.kind() != null) {
            errors.put("kind", "error.kind.page");
        }
        if (draft.language() == null) {
            errors.put("language", "error.language.required");
        }
    }

    private void checkCountries(ContentDraft draft, Map<String, String> errors) {
        if (draft.datelineCountry() != null && !draft.datelineCountry().isBlank()
                && !countries.exists(draft.datelineCountry().trim())) {
            errors.put("datelineCountry", "error.country.unknown");
        }
        List<String> unknown = draft.countries().stream().filter(code -> !countries.exists(code)).toList();
        if (!unknown.isEmpty()) {
            errors.put("countries", "error.country.unknown");
        }
    }

    /**
     * Theme and organization codes well formed; the theme codes each a theme's, unless look-ups
     * are left out (an import's, whose themes come from its rules, which name only themes: a query
     * per code would be paid for every item of an archive).
     */
    private void checkTags(ContentDraft draft, boolean lookUp, Map<String, String> errors) {
        if (!java.util.stream.Stream.concat(draft.themes().stream(), draft.organizations().stream())
                .filter(code -> code != null && !code.isBlank())
                .allMatch(TagCodes::isValid)) {
            errors.put("themes", "error.tag.invalid");
            return;
        }
        ThemeVocabulary vocabulary = lookUp ? themes.getIfAvailable() : null;
        if (vocabulary != null && !draft.themes().stream().filter(code -> code != null && !code.isBlank())
                .allMatch(vocabulary::exists)) {
            errors.put("themes", "error.theme.unknown");
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }
}
