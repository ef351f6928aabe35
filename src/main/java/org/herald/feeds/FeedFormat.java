package org.herald.feeds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The three feed formats, each with its address extension and media type. */
enum FeedFormat {
    RSS("rss", "application/rss+xml", "rss_2.0"),
    ATOM("atom", "application/atom+xml", "atom_1.0"),
    JSON("json", "application/feed+json", null);

    /** Generic types a client may ask for and still get this format (feed readers send these too). */
    private static final List<MediaType> XML = List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private final String extension;
    private final MediaType mediaType;
    private final String romeType;

    FeedFormat(String extension, String mediaType, String romeType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.romeType = romeType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** ROME's name of the format ("rss_2.0"), null for JSON Feed, which ROME does not write. */
    String romeType() {
        return romeType;
    }

    static Optional<FeedFormat> fromExtension(String extension) {
        for (FeedFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a client sending this {@code Accept} header takes the format: no header, a
     * wildcard, the format's own type, or the generic XML or JSON type of its family.
     * A malformed header takes nothing.
     */
    boolean acceptedBy(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            for (MediaType asked : MediaType.parseMediaTypes(accept)) {
                if (asked.getQualityValue() > 0 && takes(asked)) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private boolean takes(MediaType asked) {
        if (asked.isWildcardType() || asked.includes(mediaType)) {
            return true;
        }
        return this == JSON ? asked.isCompatibleWith(MediaType.APPLICATION_JSON)
                : XML.stream().anyMatch(asked::isCompatibleWith);
    }

    /** The format a client prefers by its {@code Accept} header, among the three; empty when it takes none. */
    static Optional<FeedFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(ATOM);
        }
        try {
            List<MediaType> asked = MediaType.parseMediaTypes(accept);
            org.springframework.util.MimeTypeUtils.sortBySpecificity(asked);
            for (MediaType type : asked) {
                for (FeedFormat format : values()) {
                    if (type.getQualityValue() > 0 && type.includes(format.mediaType) && !type.isWildcardType()) {
                        return Optional.of(format);
                    }
                }
            }
            return Optional.of(ATOM).filter(atom -> atom.acceptedBy(accept));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
