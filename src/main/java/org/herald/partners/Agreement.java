package org.herald.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.herald.i18n.Language;

/**
 * An agreement between the organization and partners.
 *
 * @param place     where it is or was signed ("Minsk"), or null
 * @param signedOn  the day it was signed; null when unknown (or not signed yet)
 * @param startsOn  the day it takes effect, or null
 * @param endsOn    the day it ends, or null
 * @param parties   the parties in order, the organization among them when it is one
 * @param countries the countries it covers, by code
 * @param documents its documents, by media library key
 * @param releases  the translation groups of the press releases that announce it
 */
public record Agreement(long id, String slug, AgreementKind kind, AgreementStatus status, String place,
                        LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, List<Party> parties,
                        List<String> countries, List<String> documents, List<UUID> releases) {

    /** Where the agreements' pages live, under each language. */
    public static final String SECTION = "/agreements";

    public String path(Language language) {
        return "/" + language.code() + SECTION + "/" + slug;
    }

    /** The partners among the parties, by id, in order. */
    public List<Long> partnerIds() {
        return parties.stream().map(Party::partnerId).filter(Objects::nonNull).toList();
    }
}
