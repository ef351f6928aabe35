package org.herald.importer.crawl;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels that introduce a phone number or an email in a contact block. */
enum ContactLabel {
    TEL("tel"), MOBILE("mobile"), FAX("fax"), WHATSAPP("whatsapp"), EMAIL(null);

    /** A label found at the start of a line, with whatever follows it there (maybe empty). */
    record Labelled(ContactLabel label, String value) {
    }

    /** Each label's pattern by its key; filled by {@link #byKey()}, so declared before it. */
    private static final Map<String, String> LABELS = new java.util.HashMap<>();
    /** The labels by their key (lower case, no spaces or dots), as the word list gives them. */
    private static final Map<String, ContactLabel> BY_KEY = byKey();
    /** The labels in the six languages, longest forms first. */
    static final String WORDS = "(?:" + BY_KEY.keySet().stream().sorted(
            java.util.Comparator.comparingInt(String::length).reversed()).map(ContactLabel::pattern)
            .collect(java.util.stream.Collectors.joining("|")) + ")";
    /** The end of a label word; Java's \\b would not see the end of "тел". */
    static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern AT_START = Pattern.compile(
            "^(" + WORDS + ")" + END + "((?:\\s*[.:])*)\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The letters the label words start with: a line starting otherwise needs no match. */
    private static final String FIRST_LETTERS = BY_KEY.keySet().stream().map(key -> key.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private static final Pattern NUMBER_START = Pattern.compile("^[+(\\d].*");

    private final String phoneKind;

    ContactLabel(String phoneKind) {
        this.phoneKind = phoneKind;
    }

    /** The {@link ContactPerson.Phone} kind, or null for the email label. */
    String phoneKind() {
        return phoneKind;
    }

    static Optional<Labelled> at(String line) {
        if (line.isEmpty() || FIRST_LETTERS.indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
            return Optional.empty();
        }
        Matcher matcher = AT_START.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        ContactLabel label = of(matcher.group(1).toLowerCase(Locale.ROOT));
        String value = matcher.group(3);
        // "Tel Aviv Office" is not a label: without "." or ":" the value must look the part.
        boolean plausible = !matcher.group(2).isEmpty() || value.isEmpty()
                || (label == EMAIL ? value.contains("@") : NUMBER_START.matcher(value).matches());
        return plausible ? Optional.of(new Labelled(label, value)) : Optional.empty();
    }

    private static ContactLabel of(String word) {
        return BY_KEY.getOrDefault(key(word), TEL);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", "");
    }

    /** A label as a pattern: any spacing where it has a space or a dot, the dot optional. */
    private static String pattern(String key) {
        return LABELS.get(key);
    }

    private static Map<String, ContactLabel> byKey() {
        Map<String, ContactLabel> byKey = new java.util.HashMap<>();
        WordLists.entries("contact-labels.properties").forEach((kind, words) -> {
            ContactLabel label = valueOf(kind.toUpperCase(Locale.ROOT));
            for (String word : words) {
                String lower = word.toLowerCase(Locale.ROOT);
                byKey.put(key(lower), label);
                LABELS.put(key(lower), java.util.Arrays.stream(lower.split("[\\s.]+")).map(Pattern::quote)
                        .collect(java.util.stream.Collectors.joining("\\.?\\s*")));
            }
        });
        return byKey;
    }
}
