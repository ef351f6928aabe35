package org.herald.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a theme or organization code may be: letters, digits and hyphens, at most 80, stored in lower case. */
public final class TagCodes {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,79}");

    private TagCodes() {
    }

    /** The code as stored: trimmed and in lower case. */
    public static String normalize(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a code (as typed, before normalizing) can be stored. */
    public static boolean isValid(String code) {
        return code != null && CODE.matcher(normalize(code)).matches();
    }
}
