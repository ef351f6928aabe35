package org.herald.media;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file of the media library.
 *
 * @param key        the random key in its URLs
 * @param altText    the text that replaces an image for those who cannot see it; null until given
 * @param width      pixels; null for documents
 * @param renditions the resized copies, narrowest first
 */
public record MediaItem(long id, String key, MediaKind kind, String mediaType, String fileName, long byteSize,
                        Integer width, Integer height, String altText, OffsetDateTime createdAt, String createdBy,
                        List<Rendition> renditions) {

    /** The original file's address. */
    public String url() {
        return "/media/" + key;
    }

    /** A rendition's address. */
    public String url(Rendition rendition) {
        return url() + "/" + rendition.variant();
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }

    /** Every rendition and the original, for the {@code srcset} attribute ("/media/k/w320 320w, …"). */
    public String srcset() {
        String copies = renditions.stream().sorted(Comparator.comparingInt(Rendition::width))
                .map(rendition -> url(rendition) + " " + rendition.width() + "w")
                .collect(Collectors.joining(", "));
        String original = url() + " " + width + "w";
        return copies.isEmpty() ? original : copies + ", " + original;
    }

    /** The copy to use as {@code src}: the widest rendition up to 1024 pixels, else the original. */
    public String defaultSrc() {
        return renditions.stream().filter(rendition -> rendition.width() <= 1024)
                .max(Comparator.comparingInt(Rendition::width)).map(this::url).orElse(url());
    }

    /** The Markdown that shows this image, or links to this document, in a body. */
    public String markdown() {
        String label = isImage() ? (hasAltText() ? altText : "") : fileName;
        String safe = label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
        return (isImage() ? "!" : "") + "[" + safe + "](" + url() + ")";
    }
}
