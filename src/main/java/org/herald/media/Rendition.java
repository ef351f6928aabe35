package org.herald.media;

/** A resized copy of an image ("w640"), as {@code srcset} lists it. */
public record Rendition(String variant, String mediaType, int width, int height) {
}
