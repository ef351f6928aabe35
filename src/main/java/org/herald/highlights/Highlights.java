package org.herald.highlights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.herald.changes.Dependencies;
import org.herald.content.Picture;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;
import org.springframework.stereotype.Component;

/**
 * What other features read about highlights: the pins a page shows now, and every pin for the
 * back office. Which pins show is decided here, from the clock, at every read.
 */
@Component
public class Highlights {

    /** The place of the home page's pins; a section page's place is its translation group. */
    public static final String HOME = "home";
    /** The change log's name for pins, in which pages name what they depend on. */
    static final String ENTITY = "highlight";

    private final HighlightStore store;
    private final PublishedContent content;
    private final MediaLibrary media;
    private final Clock clock;

    Highlights(HighlightStore store, PublishedContent content, MediaLibrary media, Clock clock) {
        this.store = store;
        this.content = content;
        this.media = media;
        this.clock = clock;
    }

    /** The place of a section page's pins. */
    public static String placeOf(UUID pageGroup) {
        return pageGroup.toString();
    }

    /**
     * The pins of a place that show in a language now, in order, as a page shows them. A pinned
     * item that is not published (any more) is left out. The page depends on every pin and every
     * published item, and is good only until the next pin of the place starts or ends.
     */
    public List<ShownHighlight> current(String place, Language language) {
        Instant now = clock.instant();
        Dependencies.onAny(ENTITY);
        List<Highlight> pins = store.shownAt(place, language.code(), now);
        store.nextChange(place, language.code(), now).ifPresent(Dependencies::until);
        if (pins.isEmpty()) {
            return List.of();
        }
        List<UUID> groups = pins.stream().map(Highlight::itemGroup).filter(java.util.Objects::nonNull).toList();
        Map<UUID, PublishedSummary> items = groups.isEmpty() ? Map.of()
                : content.listedIn(language, groups, groups.size()).stream()
                .collect(Collectors.toMap(PublishedSummary::translationGroup, Function.identity(), (a, b) -> a));
        List<String> keys = pins.stream().map(Highlight::imageKey).filter(java.util.Objects::nonNull).toList();
        Map<String, MediaItem> images = keys.isEmpty() ? Map.of()
                : media.byKeys(keys).stream().filter(MediaItem::isImage)
                .collect(Collectors.toMap(MediaItem::key, Function.identity()));
        List<ShownHighlight> shown = new ArrayList<>();
        for (Highlight pin : pins) {
            MediaItem image = pin.imageKey() == null ? null : images.get(pin.imageKey());
            Picture own = image == null ? null : Picture.of(image, pin.imageAlt(), pin.imageCredit());
            if (pin.isLink()) {
                Language in = Language.fromCode(pin.language()).filter(l -> l != language).orElse(null);
                shown.add(new ShownHighlight(pin.id(), pin.linkTitle(), pin.linkUrl(), null, in, own, true));
                continue;
            }
            PublishedSummary item = items.get(pin.itemGroup());
            if (item != null) {
                shown.add(new ShownHighlight(pin.id(), item.title(), item.pathIn(language), item.summary(),
                        item.language() == language ? null : item.language(), own != null ? own : item.image(),
                        false));
            }
        }
        return List.copyOf(shown);
    }

    /** Every pin, by place and order, shown now or not, for the back office. */
    public List<Highlight> all() {
        return store.all();
    }

    /** Whether a pin shows now. */
    public boolean shownNow(Highlight pin) {
        return pin.shownAt(clock.instant());
    }
}
