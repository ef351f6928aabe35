package org.herald.newsroom;

import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.content.ContentProperties;
import org.herald.content.ContentStatus;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.Paths;
import org.herald.content.PublishedView;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.web.DateTimes;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An embargoed preview: what a recipient of a preview link sees before the release is public.
 * Rendered from the working copy (the public read model has nothing of it), with the embargo
 * stated at the top, kept out of search engines ({@code noindex}, {@code X-Robots-Tag}), never
 * cached, and every opening logged. Once the item is published, the link leads to its page.
 */
@Controller
class PreviewController {

    private final OpenPreview open;
    private final EditorialContent content;
    private final PageContexts contexts;
    private final Directory directory;
    private final Countries countries;
    private final ContentProperties properties;

    PreviewController(OpenPreview open, EditorialContent content, PageContexts contexts, Directory directory,
                      Countries countries, ContentProperties properties) {
        this.open = open;
        this.content = content;
        this.contexts = contexts;
        this.directory = directory;
        this.countries = countries;
        this.properties = properties;
    }

    @GetMapping("/preview/{token}")
    String preview(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
        response.setHeader("Referrer-Policy", "no-referrer");
        PreviewLink link = open.open(token, request.getRemoteAddr(), request.getHeader("User-Agent")).orElse(null);
        if (link == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "newsroom/preview-gone";
        }
        EditableItem item = content.get(link.itemId());
        if (item.status() == ContentStatus.PUBLISHED) {
            return "redirect:" + Paths.of(item.draft().type(), item.draft().language(), item.draft().slug());
        }
        PageContext ctx = contexts.of(request, "/" + item.draft().language().code() + "/preview");
        PublishedView article = content.preview(item.id());
        model.addAttribute("ctx", ctx);
        model.addAttribute("article", article);
        model.addAttribute("countries", countries.sorted(article.countries(), ctx.language()));
        model.addAttribute("contacts", directory.get(article.contacts()));
        model.addAttribute("embargoLocal", item.status() == ContentStatus.SCHEDULED
                ? DateTimes.format(item.publishAt(), properties.timeZone(), ctx.language().locale()) : null);
        boolean utc = properties.timeZone().getRules().isFixedOffset()
                && properties.timeZone().getRules().getOffset(java.time.Instant.EPOCH).equals(ZoneOffset.UTC);
        model.addAttribute("embargoUtc", item.status() == ContentStatus.SCHEDULED && !utc
                ? DateTimes.format(item.publishAt(), ZoneOffset.UTC, ctx.language().locale()) : null);
        model.addAttribute("expires", DateTimes.format(link.expiresAt(), properties.timeZone(),
                ctx.language().locale()));
        model.addAttribute("recipient", link.recipient());
        return "newsroom/preview";
    }
}
