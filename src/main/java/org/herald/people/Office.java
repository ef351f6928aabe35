package org.herald.people;

/** An office of the organization, e.g. "IOM Minsk" in Minsk, Belarus. */
public record Office(long id, String name, String city, String countryCode) {
}
