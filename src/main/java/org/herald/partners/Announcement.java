package org.herald.partners;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agreement as a press release announces it, read from its text by the importer: what
 * {@link RecordAnnouncement} stores.
 *
 * @param parties      the parties in the order the text names them
 * @param place        where it is signed, or null
 * @param countries    the countries it covers, by code
 * @param members      states the text says take part in a party, by the party's acronym
 * @param release      the translation group of the release
 */
public record Announcement(AgreementKind kind, AgreementStatus status, List<AnnouncedParty> parties, String place,
                           List<String> countries, Map<String, List<String>> members, UUID release) {

    /**
     * A party as the text names it.
     *
     * @param acronym   the acronym of the partner; null for the organization itself
     * @param signatory who signs for it, or null
     * @param title     the signatory's office, or null
     */
    public record AnnouncedParty(String acronym, String signatory, String title) {
    }
}
