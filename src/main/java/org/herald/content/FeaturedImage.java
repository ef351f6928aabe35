package org.herald.content;

/**
 * The image a language version opens with and shows on its cards and as its preview in social
 * media: a media library image, with the alt text and credit in the version's language.
 *
 * @param key    the media library key of the image
 * @param alt    what the image shows, for those who cannot see it; required
 * @param credit who made it ("Photo: …"), may be null
 */
public record FeaturedImage(String key, String alt, String credit) {
}
