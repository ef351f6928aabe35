package org.herald.importer.crawl;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks organization facts out of profile sentences such as "The International Organization
 * for Migration (IOM) is part of the United Nations System ... since 1951 ... with 175 member
 * states and a presence in 171 countries." Only what a sentence states is taken: a number
 * qualified by "more than" or "over" is no fact, and nothing is filled in from elsewhere.
 */
public final class ProfileFacts {

    /**
     * One fact: {@code number} for counts and years, {@code value} for names; the other is
     * null. {@code statement} is the sentence it was found in, kept as the fact's source.
     */
    public record Fact(String key, Long number, String value, String statement) {

        public Fact {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(statement, "statement");
        }
    }

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*";
    private static final String CONNECTOR = "(?:of|for|on|and|the|in|to|de|des|du|la|le|et|y|del)";
    private static final Pattern NAME_AND_ACRONYM = Pattern.compile("\\b[Tt]he\\s+("
            + WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+)*" + WORD + ")*)\\s*\\((\\p{Lu}[\\p{L}&.-]{1,11})\\)");
    private static final Pattern PART_OF = Pattern.compile("\\bpart of\\s+(?:the\\s+)?(\\p{Lu}.*?)"
            + "(?=\\s+(?:as|with|which|that)\\s|\\s+since\\b|\\s+and\\s+\\p{Ll}|[,;(]|\\.(?:\\s|$)|$)");
    private static final Pattern FOUNDED = Pattern.compile("\\b(?i:since|(?:founded|established|created)\\s+in)\\s+"
            + "(?:(?:\\d{1,2}\\s+)?\\p{Lu}\\p{Ll}+\\s+)?(\\d{4})\\b");
    private static final Pattern MEMBER_STATES = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+member\\s+states\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRIES = Pattern.compile(
            "\\b(?:presence|offices|operations|present|active)\\s+in\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+countries\\b",
            Pattern.CASE_INSENSITIVE);
    // "more than 170 member states" bounds a number; taking 170 as the count would invent it.
    private static final Pattern APPROXIMATION = Pattern.compile(
            "\\b(?:more than|over|nearly|almost|about|around|some|up to|at least|approximately|roughly)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_PART_OF_WORDS = 8;

    private ProfileFacts() {
    }

    /** The facts stated in {@code text}, in the order found, each at most once. */
    public static List<Fact> extract(String text) {
        // Keyed without the sentence: the same fact stated twice is one fact, first source kept.
        Map<List<Object>, Fact> facts = new LinkedHashMap<>();
        for (String sentence : sentences(text)) {
            for (Fact fact : factsIn(sentence)) {
                facts.putIfAbsent(Arrays.asList(fact.key(), fact.number(), fact.value()), fact);
            }
        }
        return List.copyOf(facts.values());
    }

    private static List<Fact> factsIn(String sentence) {
        List<Fact> facts = new ArrayList<>();
        Matcher named = NAME_AND_ACRONYM.matcher(sentence);
        if (named.find() && named.group(2).chars().filter(Character::isUpperCase).count() >= 2) {
            facts.add(new Fact("name", null, named.group(1), sentence));
            facts.add(new Fact("acronym", null, named.group(2), sentence));
        }
        Matcher partOf = PART_OF.matcher(sentence);
        if (partOf.find() && partOf.group(1).split("\\s+").length <= MAX_PART_OF_WORDS) {
            facts.add(new Fact("part_of", null, partOf.group(1).strip(), sentence));
        }
        addNumber(facts, "founded", FOUNDED, sentence);
        addNumber(facts, "member_states", MEMBER_STATES, sentence);
        addNumber(facts, "countries_of_presence", COUNTRIES, sentence);
        return facts;
    }

    private static void addNumber(List<Fact> facts, String key, Pattern pattern, String sentence) {
        Matcher matcher = pattern.matcher(sentence);
        if (matcher.find() && !APPROXIMATION.matcher(sentence.substring(0, matcher.start(1))).find()) {
            long number = Long.parseLong(matcher.group(1).replace(",", ""));
            facts.add(new Fact(key, number, null, sentence));
        }
    }

    private static List<String> sentences(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(flat);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
