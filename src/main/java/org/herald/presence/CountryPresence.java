package org.herald.presence;

import java.time.LocalDate;

/**
 * A country's presence and membership.
 *
 * @param countryCode     ISO 3166-1 alpha-2
 * @param regionCode      the organization's region it belongs to, null when none is set
 * @param presence        how the organization is present there
 * @param presenceSince   when that presence began, null when not known
 * @param membership      its standing in the organization
 * @param membershipSince when that standing began, null when not known
 * @param demonstration   written by the Herald team for the demo, not by the organization
 */
public record CountryPresence(String countryCode, String regionCode, PresenceKind presence, LocalDate presenceSince,
                              Membership membership, LocalDate membershipSince, boolean demonstration) {

    /** A country of which nothing is recorded: no region, no presence, no membership. */
    public static CountryPresence none(String countryCode) {
        return new CountryPresence(countryCode, null, PresenceKind.NONE, null, Membership.NONE, null, false);
    }
}
