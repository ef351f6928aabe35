package org.herald.highlights;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pins a published item or an external link to the home page or a section page, last in its
 * order. Everything wrong with the request is refused at once, field by field, and nothing is
 * stored: an unknown place or item, a link that is not http(s), a picture without alt text, an
 * end that does not come after the start.
 */
@Component
public class PinHighlight {

    private static final int MAX_TITLE = 300;
    private static final int MAX_URL = 2000;
    private static final int MAX_ALT = 500;

    private final HighlightStore store;
    private final PublishedContent content;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    PinHighlight(HighlightStore store, PublishedContent content, MediaLibrary media, AuditLog audit,
                 ChangeLog changes, Clock clock) {
        this.store = store;
        this.content = content;
        this.media = media;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** Stores the pin; returns its id. */
    @Transactional
    public long pin(Actor actor, NewHighlight request) {
        actor.require(Permission.HIGHLIGHTS_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        String place = place(request.place(), errors);
        UUID item = null;
        String url = null;
        String title = null;
        if (!blank(request.item())) {
            item = item(request.item(), errors);
            if (!blank(request.linkUrl())) {
                errors.put("linkUrl", "highlights.error.item-or-link");
            }
        } else if (!blank(request.linkUrl())) {
            url = link(request.linkUrl(), errors);
            title = blank(request.linkTitle()) ? null : request.linkTitle().trim();
            if (title == null || title.length() > MAX_TITLE) {
                errors.put("linkTitle", "highlights.error.link-title");
            }
        } else {
            errors.put("item", "highlights.error.item-or-link");
        }
        String image = image(request, errors);
        String language = language(request.language(), errors);
        if (request.startsAt() == null) {
            errors.put("startsAt", "highlights.error.start-required");
        } else if (request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            errors.put("endsAt", "highlights.error.ends-before-start");
        }
        if (!errors.isEmpty()) {
            throw new HighlightException(errors);
        }
        Highlight pin = new Highlight(0, place, 0, item, url, title, image,
                image == null ? null : request.imageAlt().trim(),
                image == null || blank(request.imageCredit()) ? null : request.imageCredit().trim(), language,
                request.startsAt().atOffset(ZoneOffset.UTC),
                request.endsAt() == null ? null : request.endsAt().atOffset(ZoneOffset.UTC));
        Instant now = clock.instant();
        long id = store.insert(pin, actor.userId(), now);
        String what = url != null ? url : request.item().trim();
        audit.record(actor, "highlight.pin", Highlights.ENTITY, id, place + ": " + what + " " + pin.startsAt()
                + (pin.endsAt() == null ? "" : " – " + pin.endsAt()) + (language == null ? "" : " (" + language + ")"));
        changes.record(Highlights.ENTITY, id, language, "pinned");
        return id;
    }

    /** Home, or the translation group of a published page. */
    private String place(String place, Map<String, String> errors) {
        if (Highlights.HOME.equals(place)) {
            return place;
        }
        try {
            UUID group = UUID.fromString(place == null ? "" : place.trim());
            Optional<ContentType> type = content.originalOf(group).map(page -> page.type());
            if (type.orElse(null) == ContentType.PAGE) {
                return Highlights.placeOf(group);
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        errors.put("place", "highlights.error.place");
        return null;
    }

    /** The translation group of the published item at this address ("/en/news/slug", "/fr/a-page"). */
    private UUID item(String address, Map<String, String> errors) {
        String path = address.trim();
        try {
            URI uri = new URI(path);
            path = uri.getPath() == null ? "" : uri.getPath();
        } catch (URISyntaxException malformed) {
            path = "";
        }
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        Optional<Language> language = parts.length >= 2 ? Language.fromCode(parts[0]) : Optional.empty();
        Optional<PublishedView> found = Optional.empty();
        if (language.isPresent() && parts.length == 3 && parts[1].equals("news")) {
            found = content.find(ContentType.ARTICLE, language.get(), parts[2]);
        } else if (language.isPresent() && parts.length == 2) {
            found = content.find(ContentType.PAGE, language.get(), parts[1]);
        }
        if (found.isEmpty()) {
            errors.put("item", "highlights.error.item");
            return null;
        }
        return found.get().translationGroup();
    }

    private static String link(String text, Map<String, String> errors) {
        String url = text.trim();
        try {
            URI uri = new URI(url);
            if (url.length() <= MAX_URL && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        errors.put("linkUrl", "highlights.error.link");
        return null;
    }

    /** The picture's library key, or null for none; one that is not a library image, or has no alt text, is refused. */
    private String image(NewHighlight request, Map<String, String> errors) {
        if (blank(request.image())) {
            return null;
        }
        String key = MediaLibrary.keyOf(request.image().trim()).orElse(request.image().trim());
        if (!key.matches("[0-9a-f]{32}") || !media.find(key).map(MediaItem::isImage).orElse(false)) {
            errors.put("image", "highlights.error.image");
        } else if (blank(request.imageAlt()) || request.imageAlt().trim().length() > MAX_ALT
                || request.imageCredit() != null && request.imageCredit().trim().length() > MAX_TITLE) {
            errors.put("imageAlt", "highlights.error.image-alt");
        }
        return key;
    }

    private static String language(String code, Map<String, String> errors) {
        if (blank(code)) {
            return null;
        }
        return Language.fromCode(code.trim()).map(Language::code).orElseGet(() -> {
            errors.put("language", "highlights.error.language");
            return null;
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
