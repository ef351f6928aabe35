package org.herald.importer.crawl;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses in a line of crawled text. Crawls keep pieces of the mailto markup
 * ({@code "mailto:x@y.org">x@y.org}); the address pattern stops at the colon, quote and angle
 * brackets around it, and the duplicate from link target and link text collapses to one.
 */
final class EmailAddresses {

    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddresses() {
    }

    static Set<String> in(String line) {
        Set<String> found = new LinkedHashSet<>();
        if (line.indexOf('@') < 0) {
            // Most lines of a contact block are names, offices and phones: no scan for them.
            return found;
        }
        Matcher matcher = ADDRESS.matcher(line);
        while (matcher.find()) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
