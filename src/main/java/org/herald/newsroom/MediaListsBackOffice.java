package org.herald.newsroom;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/**
 * The media lists in the back office's navigation, for press officers; and in an article's
 * editor, how many journalists it was sent to, leading to its distribution page.
 */
@Component
class MediaListsBackOffice implements BackOfficeSection {

    private final MediaLists lists;
    private final EditorialContent content;

    MediaListsBackOffice(MediaLists lists, EditorialContent content) {
        this.lists = lists;
        this.content = content;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.MEDIA_LISTS_EDIT.name())
                ? List.of(new BackOfficeLink(34, "admin.media-lists", MediaListsAdminController.PAGE))
                : List.of();
    }

    @Override
    public List<Waiting> aboutItem(BackOfficeReader reader, long itemId) {
        if (!reader.can(Permission.MEDIA_LISTS_EDIT.name()) || content.get(itemId).draft().type() != ContentType.ARTICLE) {
            return List.of();
        }
        return List.of(new Waiting("admin.media-lists.item",
                lists.sendsOf(itemId).stream().mapToLong(ReleaseSend::journalistId).distinct().count(),
                "/admin/content/" + itemId + "/distribution"));
    }
}
