package org.herald.importer.crawl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the site's menu from the top of a crawled page. A crawl of the menu shows separators
 * ("-"), bulleted entries ("- Label") and entries whose label is printed twice, the second
 * time glued to the section's teaser ("Who we are" / "WHO WE AREThe International ...").
 */
final class NavigationReader {

    /** The entries found and the index of the first line after the menu (the title). */
    record Result(List<NavigationEntry> entries, int titleIndex) {
    }

    private static final Pattern BULLETED_ENTRY = Pattern.compile("^-\\s+(\\S.*)$");
    private static final int MAX_LABEL_LENGTH = 60;

    private NavigationReader() {
    }

    static Result read(List<String> lines) {
        Map<String, NavigationEntry> entries = new LinkedHashMap<>();
        boolean inMenu = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            Matcher bulleted = BULLETED_ENTRY.matcher(line);
            if (line.isEmpty() || line.equals("-")) {
                inMenu |= !line.isEmpty();
                i++;
                continue;
            }
            boolean isBulleted = bulleted.matches();
            String label = isBulleted ? bulleted.group(1) : line;
            String rest = repeatRemainder(label, next, inMenu || isBulleted);
            if (rest == null && !isBulleted) {
                break;
            }
            add(entries, label, rest == null || rest.isBlank() ? null : rest.strip());
            inMenu = true;
            i += rest == null ? 1 : 2;
        }
        return new Result(List.copyOf(entries.values()), i);
    }

    /** What follows {@code label} on {@code next} when {@code next} repeats it, else null. */
    private static String repeatRemainder(String label, String next, boolean inMenu) {
        if (next == null || label.length() > MAX_LABEL_LENGTH
                || !next.regionMatches(true, 0, label, 0, label.length())) {
            return null;
        }
        String rest = next.substring(label.length());
        if (rest.isEmpty()) {
            return rest;
        }
        int first = rest.codePointAt(0);
        // "Work" / "Workers are ..." continues a word, not a teaser glued to a label.
        if (Character.isLowerCase(first)) {
            return null;
        }
        // A crawled teaser is glued to its label; a title followed by a body line that starts
        // with the same words is separated by a space, so only trust that inside a menu.
        return Character.isWhitespace(first) && !inMenu ? null : rest;
    }

    private static void add(Map<String, NavigationEntry> entries, String label, String teaser) {
        // Sites print their menu twice (desktop and mobile); the first occurrence wins, but a
        // teaser seen only the second time is still worth keeping.
        entries.merge(label.toLowerCase(Locale.ROOT), new NavigationEntry(label, teaser),
                (first, again) -> first.teaser() != null || again.teaser() == null
                        ? first : new NavigationEntry(first.label(), again.teaser()));
    }
}
