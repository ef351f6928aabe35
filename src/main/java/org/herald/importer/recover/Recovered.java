package org.herald.importer.recover;

import java.time.LocalDate;
import java.util.List;

import org.herald.people.NewContact;

/**
 * An item ready to store: its report, and what the report does not show.
 *
 * @param identity     what identifies the item across imports
 * @param contentHash  SHA-256 of the item's source text
 * @param releaseDate  the date, null when unknown
 * @param contacts     the contacts in the directory's form, in the order of {@code record.contacts()}
 */
public record Recovered(ImportRecord record, String identity, String contentHash, String summary, String bodyMarkdown,
                        LocalDate releaseDate, List<NewContact> contacts) {
}
