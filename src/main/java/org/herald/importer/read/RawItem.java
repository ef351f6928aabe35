package org.herald.importer.read;

import java.time.LocalDate;
import java.util.List;

import org.herald.importer.crawl.BodyBlock;
import org.herald.importer.crawl.ContactPerson;

/**
 * One item as its source gives it.
 *
 * @param source       where it comes from, as reported ("archive.zip!/a.html", "export.xml#guid")
 * @param identity     what identifies it across imports (a WXR guid, a JSON Lines id, the path)
 * @param content      the item's text as read, to tell a changed item from the same one
 * @param title        the title, null when none was found
 * @param body         the body's blocks
 * @param contacts     the media contacts found at its end
 * @param date         a date the source states in its metadata (HTML meta, WXR), else null
 * @param kindHint     words the source uses for the item's kind (a category, a meta type), else null
 * @param languageHint the language the source declares, else null
 * @param warnings     what went wrong while reading, without making the item unusable
 */
public record RawItem(String source, String identity, String content, String title, List<BodyBlock> body,
                      List<ContactPerson> contacts, LocalDate date, String kindHint, String languageHint,
                      List<String> warnings) {

    public RawItem {
        body = List.copyOf(body);
        contacts = List.copyOf(contacts);
        warnings = List.copyOf(warnings);
    }
}
