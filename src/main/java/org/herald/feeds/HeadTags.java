package org.herald.feeds;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a public page's head carries besides its title: its canonical address, the OpenGraph and
 * Twitter card tags, its schema.org JSON-LD and the links to the feeds of what it lists. Made by
 * {@link RichPreviews} from the page's model (so from the public read model only) and rendered by
 * the {@code feeds/head} template, which the site's layout includes.
 *
 * @param canonical   the page's absolute canonical address
 * @param type        OpenGraph's type: "article" for an article, else "website"
 * @param image       the absolute address of the preview image: the item's featured image, else the
 *                    organization's default
 * @param imageWidth  the preview image's width in pixels
 * @param imageHeight its height
 * @param published   an article's release date (ISO 8601), null when unknown or not an article
 * @param modified    when an article was last published (ISO 8601), null for other pages
 * @param siteName    the organization's name in the page's language
 * @param locale      OpenGraph's locale of the page ("en", "fr")
 * @param feeds       the feeds of what the page lists, empty for a page that lists nothing
 * @param jsonLd      JSON-LD documents, each already escaped for a {@code <script>} element
 */
public record HeadTags(String canonical, String type, String image, int imageWidth, int imageHeight,
                       String published, String modified,
                       String siteName, String locale, List<FeedLink> feeds, List<String> jsonLd) {

    static final String ATTRIBUTE = HeadTags.class.getName();

    /**
     * A feed link.
     *
     * @param titleKey the message key of its title ("feeds.link.rss"), which takes the page's title
     */
    public record FeedLink(String type, String href, String titleKey) {
    }

    /** The head tags of the page being rendered; null on pages that have none (errors, back office, previews). */
    public static HeadTags current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        return request.getAttribute(ATTRIBUTE) instanceof HeadTags tags ? tags : null;
    }
}
