package org.herald.places;

/** A country's ISO 3166-1 alpha-2 code and its name in one language. */
public record CountryName(String code, String name) {

    /** The lower-case code as it appears in URLs ("by"). */
    public String slug() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }
}
