package org.herald.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** What other features read about the library: a file by key, several at once, a page of the newest. */
@Component
public class MediaLibrary {

    /** A reference to a library file in a body: "/media/KEY" or one of its renditions. */
    private static final Pattern REFERENCE = Pattern.compile("^/media/([0-9a-f]{32})(?:/[a-z0-9]+)?$");

    private final MediaStore store;

    MediaLibrary(MediaStore store) {
        this.store = store;
    }

    public Optional<MediaItem> find(String key) {
        return key == null ? Optional.empty() : store.find(key);
    }

    public List<MediaItem> byKeys(Collection<String> keys) {
        return store.byKeys(keys);
    }

    /** A page of the library, newest first; {@code kind} null for everything. */
    public List<MediaItem> newest(MediaKind kind, int page, int size) {
        return store.page(kind, size, (page - 1) * size);
    }

    public long count(MediaKind kind) {
        return store.count(kind);
    }

    /** The key a URL refers to, if it is a library file's address. */
    public static Optional<String> keyOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(url.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
