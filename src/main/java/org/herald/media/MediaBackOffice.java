package org.herald.media;

import java.util.List;

import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The media library's place in the back office's navigation; everyone may see the library. */
@Component
class MediaBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return List.of(new BackOfficeLink(20, "nav.media", "/admin/media"));
    }
}
