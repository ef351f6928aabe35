package org.herald.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The HTML of a body as readers see it: the sanitized Markdown ({@link MarkdownRenderer}), with
 * every image from the media library given its alt text from the library, its size, and its
 * renditions in {@code srcset} so that each reader's browser downloads the size it needs.
 * Those attributes are added after sanitizing, from the library's own records.
 */
@Component
class BodyRenderer {

    /** Images are at most as wide as the text column (48rem) on the public pages. */
    static final String SIZES = "(min-width: 52rem) 48rem, 100vw";

    private final MediaLibrary media;

    BodyRenderer(MediaLibrary media) {
        this.media = media;
    }

    /** Sanitized HTML of the Markdown, with library images made responsive. */
    public String html(String markdown) {
        return withResponsiveImages(MarkdownRenderer.toHtml(markdown));
    }

    /**
     * The images a body shows that have no alt text in the library, by file name (by address for
     * images not in the library). Publishing waits until this is empty.
     */
    public List<String> imagesWithoutAltText(String markdown) {
        return imagesWithoutAltTextIn(MarkdownRenderer.toHtml(markdown));
    }

    /**
     * A body rendered once for publishing: the HTML readers see and the images without alt text
     * that hold the publication back. Rendering (Markdown, then sanitizing) is most of the work.
     */
    record Rendering(String html, List<String> imagesWithoutAltText) {
    }

    Rendering render(String markdown) {
        String sanitized = MarkdownRenderer.toHtml(markdown);
        return new Rendering(withResponsiveImages(sanitized), imagesWithoutAltTextIn(sanitized));
    }

    private String withResponsiveImages(String html) {
        if (!html.contains("<img")) {
            return html;
        }
        Document document = parse(html);
        Map<String, MediaItem> found = library(document);
        for (Element image : document.select("img[src]")) {
            MediaLibrary.keyOf(image.attr("src")).map(found::get).filter(MediaItem::isImage)
                    .ifPresent(item -> responsive(image, item));
        }
        return document.body().html();
    }

    private List<String> imagesWithoutAltTextIn(String html) {
        if (!html.contains("<img")) {
            return List.of();
        }
        Document document = parse(html);
        Map<String, MediaItem> found = library(document);
        List<String> missing = new ArrayList<>();
        for (Element image : document.select("img[src]")) {
            String src = image.attr("src");
            MediaItem item = MediaLibrary.keyOf(src).map(found::get).orElse(null);
            if (item == null) {
                if (MediaLibrary.keyOf(src).isPresent() && !missing.contains(src)) {
                    missing.add(src);
                }
            } else if (item.isImage() && !item.hasAltText() && !missing.contains(item.fileName())) {
                missing.add(item.fileName());
            }
        }
        return missing;
    }

    private Map<String, MediaItem> library(Document document) {
        Set<String> keys = new LinkedHashSet<>();
        document.select("img[src]").forEach(image -> MediaLibrary.keyOf(image.attr("src")).ifPresent(keys::add));
        return media.byKeys(keys).stream().collect(Collectors.toMap(MediaItem::key, Function.identity()));
    }

    private static void responsive(Element image, MediaItem item) {
        image.attr("src", item.defaultSrc());
        image.attr("srcset", item.srcset());
        image.attr("sizes", SIZES);
        image.attr("width", String.valueOf(item.width()));
        image.attr("height", String.valueOf(item.height()));
        image.attr("loading", "lazy");
        image.attr("decoding", "async");
        if (item.hasAltText()) {
            image.attr("alt", item.altText());
        }
    }

    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }
}
