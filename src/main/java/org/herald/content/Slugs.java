package org.herald.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * URL names. A title in any script becomes a readable ASCII slug through ICU's
 * transliteration ("Россия и СНГ" → "rossia-i-sng"); a slug is never empty.
 */
public final class Slugs {

    /** Lower-case letters or digits of any script, in words joined by single hyphens. */
    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+(?:-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*");
    private static final int MAX_LENGTH = 80;

    /**
     * Path segments the site itself uses right after the language; a page may not take them,
     * or it would hide (or be hidden by) them.
     */
    static final Set<String> RESERVED = Set.of("news", "press-room", "countries", "search", "admin", "api",
            "assets", "feeds", "feed", "figures", "login", "logout", "error", "actuator", "media", "preview", "sitemap");

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** A slug for this title: transliterated, lower-case, words joined by hyphens, cut at a word. */
    public static String slugify(String title) {
        String ascii = title == null ? "" : title;
        // Transliterating ASCII changes nothing, and ICU's transliterator is slow and taken in turns.
        if (!ascii.chars().allMatch(c -> c < 0x80)) {
            synchronized (TO_ASCII) {
                ascii = TO_ASCII.transliterate(ascii);
            }
        }
        String slug = Normalizer.normalize(ascii, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "item" : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }
}
