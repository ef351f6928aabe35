package org.herald.site;

import java.util.ArrayList;
import java.util.List;

import org.herald.content.ArticleKind;
import org.herald.content.Block;
import org.herald.content.MarkdownRenderer;
import org.herald.content.NewsQuery;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.goals.Goals;
import org.herald.i18n.Language;
import org.herald.presence.WhereWeWork;
import org.springframework.stereotype.Component;

/**
 * Resolves a page's blocks for its template: lists read from the public read model (so nothing
 * unpublished or embargoed shows), the map from where the organization works. A block of a type
 * this version does not know is skipped (the read model logged it).
 */
@Component
class PageBlocks {

    private final PublishedContent content;
    private final Goals goals;
    private final WhereWeWork where;

    PageBlocks(PublishedContent content, Goals goals, WhereWeWork where) {
        this.content = content;
        this.goals = goals;
        this.where = where;
    }

    List<ShownBlock> show(List<Block> blocks, Language language) {
        List<ShownBlock> shown = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                shown.add(new ShownBlock("text", MarkdownRenderer.toHtml(text.markdown()), null, List.of(), null, null,
                        null, null, null));
            } else if (block instanceof Block.ItemList list) {
                shown.add(new ShownBlock("list", null, list.heading(), items(list, language), more(list, language),
                        null, null, null, null));
            } else if (block instanceof Block.Map) {
                shown.add(new ShownBlock("map", null, null, List.of(), null, where.view(language), null, null, null));
            } else if (block instanceof Block.CallToAction cta) {
                shown.add(new ShownBlock("cta", null, cta.heading(), List.of(), null, null, cta.text(), cta.label(),
                        cta.url()));
            }
        }
        return shown;
    }

    /**
     * A goal's list is what is published on the goal (of the kind, when one is chosen); any
     * other list is the news listing's, filtered by kind, country and theme.
     */
    private List<PublishedSummary> items(Block.ItemList list, Language language) {
        ArticleKind kind = list.kind() == null ? null : ArticleKind.fromSlug(list.kind()).orElse(null);
        if (list.goal() != null) {
            return goals.published(list.goal(), language, Math.max(list.limit(), 1) * 4).stream()
                    .filter(item -> kind == null || item.kind() == kind).limit(list.limit()).toList();
        }
        return content.news(new NewsQuery(language, kind, list.country(), null, 1, list.limit(), list.theme())).items();
    }

    private static String more(Block.ItemList list, Language language) {
        if (list.goal() != null) {
            return new org.herald.goals.Goal(list.goal(), "").path(language);
        }
        StringBuilder query = new StringBuilder();
        if (list.kind() != null) {
            query.append("&kind=").append(list.kind());
        }
        if (list.country() != null) {
            query.append("&country=").append(list.country());
        }
        return "/" + language.code() + "/news" + (query.isEmpty() ? "" : "?" + query.substring(1));
    }
}
