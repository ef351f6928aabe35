package org.herald.media;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and renditions of the media library.
 *
 * @param maxImageSize    the largest image file accepted
 * @param maxDocumentSize the largest PDF accepted
 * @param maxPixels       the most pixels an image may have, read from its header before anything
 *                        is decoded (guards against images that are small files but enormous
 *                        once decoded: a 7000 × 7000 PNG of one colour is 6 KB)
 * @param renditionWidths the widths, in pixels, of the resized copies made of each image (only
 *                        those narrower than the image)
 * @param workers         how many uploads on one node may decode images, make renditions or
 *                        parse PDFs at the same time
 * @param workWait        how long an upload waits for one of the workers before it is refused
 *                        as "busy, try again"
 */
@ConfigurationProperties("herald.media")
public record MediaProperties(@DefaultValue("10MB") DataSize maxImageSize,
                              @DefaultValue("25MB") DataSize maxDocumentSize,
                              @DefaultValue("40000000") long maxPixels,
                              @DefaultValue({"320", "640", "1024", "1600"}) List<Integer> renditionWidths,
                              @DefaultValue("2") int workers,
                              @DefaultValue("30s") Duration workWait) {
}
