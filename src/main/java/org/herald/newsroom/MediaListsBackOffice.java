package org.herald.newsroom;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The media lists in the back office's navigation, for press officers. */
@Component
class MediaListsBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.MEDIA_LISTS_EDIT.name())
                ? List.of(new BackOfficeLink(34, "admin.media-lists", MediaListsAdminController.PAGE))
                : List.of();
    }
}
