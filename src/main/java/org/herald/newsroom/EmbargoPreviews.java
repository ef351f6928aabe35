package org.herald.newsroom;

import java.util.List;

import org.herald.accounts.Actor;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;

/** What the back office reads about an item's preview links: the links and every view of them. */
@Component
public class EmbargoPreviews {

    private final PreviewLinks links;

    EmbargoPreviews(PreviewLinks links) {
        this.links = links;
    }

    public List<PreviewLink> links(Actor actor, long itemId) {
        actor.require(Permission.PREVIEW_SHARE);
        return links.ofItem(itemId);
    }

    public List<PreviewView> views(Actor actor, long itemId) {
        actor.require(Permission.PREVIEW_SHARE);
        return links.viewsOfItem(itemId);
    }
}
