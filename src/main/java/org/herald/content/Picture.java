package org.herald.content;

import java.util.ArrayList;
import java.util.List;

import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;

/**
 * An image as a public page shows it: its default copy, its renditions for {@code srcset}, its
 * size (so the page does not jump while it loads), its alt text and credit.
 */
public record Picture(String src, String srcset, int width, int height, String alt, String credit) {

    /** A media library image with the alt text and credit given. */
    public static Picture of(MediaItem image, String alt, String credit) {
        return new Picture(image.defaultSrc(), image.srcset(), image.width(), image.height(), alt, credit);
    }

    /**
     * A featured image as the public sees it, with its renditions as they are now (they are made
     * at upload, so they exist); null for none, or for an image removed from the library since.
     */
    static Picture of(MediaLibrary media, FeaturedImage image) {
        if (image == null) {
            return null;
        }
        return media.find(image.key()).filter(MediaItem::isImage)
                .map(found -> of(found, image.alt(), image.credit())).orElse(null);
    }

    /**
     * The copies up to {@code width} pixels wide, for {@code srcset} on a narrow screen: a phone
     * with a dense display then downloads the 640-pixel copy, not the 1600-pixel one (a photograph
     * of well under 100 KB). All copies when none is that narrow.
     */
    public String srcsetUpTo(int width) {
        List<String> narrow = new ArrayList<>();
        for (Candidate candidate : candidates()) {
            if (candidate.width() <= width) {
                narrow.add(candidate.url() + " " + candidate.width() + "w");
            }
        }
        return narrow.isEmpty() ? srcset : String.join(", ", narrow);
    }

    /**
     * The widest copy up to {@code width} pixels wide, else the narrowest: a preview image for
     * social media (OpenGraph asks for about 1200 pixels), with its size.
     */
    public Copy widestUpTo(int width) {
        Candidate best = null;
        Candidate narrowest = null;
        for (Candidate candidate : candidates()) {
            if (candidate.width() <= width && (best == null || candidate.width() > best.width())) {
                best = candidate;
            }
            if (narrowest == null || candidate.width() < narrowest.width()) {
                narrowest = candidate;
            }
        }
        Candidate chosen = best != null ? best : narrowest != null ? narrowest : new Candidate(src, this.width);
        return new Copy(chosen.url(), chosen.width(),
                Math.max(1, Math.round((float) height * chosen.width() / Math.max(1, this.width))));
    }

    /** One copy of the image: its address and size in pixels. */
    public record Copy(String url, int width, int height) {
    }

    private record Candidate(String url, int width) {
    }

    /** The copies {@code srcset} lists ("/media/k/w320 320w, …"). */
    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (String entry : srcset.split(",")) {
            String[] parts = entry.trim().split(" ");
            if (parts.length == 2 && parts[1].matches("[0-9]{1,6}w")) {
                candidates.add(new Candidate(parts[0], Integer.parseInt(parts[1].substring(0, parts[1].length() - 1))));
            }
        }
        return candidates;
    }
}
