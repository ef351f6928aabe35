package org.herald.media;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and renditions of the media library.
 *
 * @param maxImageSize    the largest image file accepted
 * @param maxDocumentSize the largest PDF accepted
 * @param maxPixels       the most pixels an image may have (guards against images that are
 *                        small files but enormous once decoded)
 * @param renditionWidths the widths, in pixels, of the resized copies made of each image (only
 *                        those narrower than the image)
 */
@ConfigurationProperties("herald.media")
public record MediaProperties(@DefaultValue("10MB") DataSize maxImageSize,
                              @DefaultValue("25MB") DataSize maxDocumentSize,
                              @DefaultValue("50000000") long maxPixels,
                              @DefaultValue({"320", "640", "1024", "1600"}) List<Integer> renditionWidths) {
}
