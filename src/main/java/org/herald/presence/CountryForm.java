package org.herald.presence;

/** What the back office's country form shows: as stored, or as typed when refused. */
public record CountryForm(String presence, String presenceSince, String membership, String membershipSince,
                          String region, boolean demonstration) {
}
