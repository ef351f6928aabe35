package org.herald.importer.crawl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which lines of a crawled page are the site's furniture rather than its text. Across a batch,
 * as jusText and Trafilatura separate boilerplate: a line found at the top or the bottom of
 * several pages (menus, "Subscribe", language lists, footers) is chrome; a title, a date or a
 * sentence is not repeated from page to page. For a page alone: the furniture the word list
 * {@code importer/words/chrome.txt} names, breadcrumbs and bars of short items ("Share | Print").
 * Immutable once learned; thread-safe.
 */
public final class PageChrome {

    /** No batch learned: the word list and the line's shape alone. */
    public static final PageChrome NONE = new PageChrome(Set.of());

    /** Lines of a page's top and bottom that are counted. */
    static final int TOP_LINES = 40;
    static final int BOTTOM_LINES = 15;
    /** In how many pages a line must be to be chrome. */
    private static final int MIN_PAGES = 3;
    /** The longest line repetition alone makes chrome. */
    private static final int REPEATED_WORDS = 5;
    private static final int REPEATED_MAX = 60;

    private static final Pattern VOCABULARY = Pattern.compile(WordLists.lines("chrome.txt").stream()
            .map(line -> Pattern.quote(line).replace("*", "\\E.*\\Q"))
            .collect(Collectors.joining("|", "^(?:", ")$")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Home > Media > News", "Accueil » Actualités". */
    private static final Pattern BREADCRUMB = Pattern.compile(".*\\S\\s+[>›»/]\\s+\\S.*\\s+[>›»/]\\s+\\S.*|"
            + "^\\S+(?:\\s\\S+)?\\s+[›»]\\s+\\S+(?:\\s\\S+)?$");
    /** "Share | Print | Email", "English | Français | Español". */
    private static final Pattern BAR = Pattern.compile("^[^|]{1,25}(?:\\|[^|]{1,25}){1,}$");

    private final Set<String> repeated;

    private PageChrome(Set<String> repeated) {
        this.repeated = Set.copyOf(repeated);
    }

    /**
     * Learns a batch's chrome from its crawled pages' texts (a sample suffices). Copies of one
     * page count once: an archive that holds the same release many times (crawled again, or
     * mirrored) repeats its title and dateline from file to file, and they are still not chrome.
     */
    public static PageChrome learn(List<String> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : new java.util.LinkedHashSet<>(pages)) {
            String[] lines = page.split("\\R");
            Set<String> seen = new HashSet<>();
            int kept = 0;
            for (int i = 0; i < lines.length && kept < TOP_LINES; i++) {
                String key = key(lines[i]);
                if (!key.isEmpty()) {
                    seen.add(key);
                    kept++;
                }
            }
            for (int i = Math.max(0, lines.length - BOTTOM_LINES); i < lines.length; i++) {
                seen.add(key(lines[i]));
            }
            seen.remove("");
            seen.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count >= MIN_PAGES) {
                repeated.add(key);
            }
        });
        return new PageChrome(repeated);
    }

    /**
     * Whether the batch saw this short line on several pages. A longer line is no menu entry: the
     * same title given by several copies of a release is still a title.
     */
    public boolean isRepeated(String line) {
        return line.length() <= REPEATED_MAX && line.split("\\s+").length <= REPEATED_WORDS
                && repeated.contains(key(line));
    }

    /** Whether the line is site furniture: repeated in the batch, named by the word list, or a crumb trail or bar. */
    public boolean isChrome(String line) {
        String clean = line.strip();
        return isRepeated(clean) || VOCABULARY.matcher(clean).matches() || BREADCRUMB.matcher(clean).matches()
                || BAR.matcher(clean).matches();
    }

    private static String key(String line) {
        return line.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
