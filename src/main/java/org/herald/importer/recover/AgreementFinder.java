package org.herald.importer.recover;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.herald.places.NameIndex;

/**
 * Reads the agreements a text announces: a sentence where a verb of signing ("will sign", "signed")
 * comes before a kind of agreement ("a Memorandum of Understanding", "a cooperation agreement").
 * A text's paragraphs (separated by a blank line) are read apart, so that a title is a sentence of
 * its own. Its parties are the organizations the sentence names before the verb, or, when that is
 * fewer than two, in the whole sentence (the organization itself first, when named); who signs for
 * each is the name after an office ("Director General Brunson McKinley") right after the party's
 * name; the place is a known city after "in", in that sentence or where the text
 * speaks of the signing. The states a text says take part in an organization ("CIS Member States
 * including Armenia, …") are its members, and what an agreement with it covers. The words are
 * data, in {@code importer/agreements.properties}; the organizations, countries and cities come
 * from the import's vocabulary.
 */
public final class AgreementFinder {

    /** A party: the acronym of a partner, or null for the organization itself, and who signs for it. */
    public record Party(String acronym, String signatory, String title) {
    }

    /**
     * An agreement a text announces.
     *
     * @param kind      MEMORANDUM_OF_UNDERSTANDING, COOPERATION_AGREEMENT or FRAMEWORK
     * @param status    PLANNED or SIGNED
     * @param countries the states that take part in its partners, as the text names them
     */
    public record Found(String kind, String status, List<Party> parties, String place, List<String> countries) {
    }

    /** What a text announces: its agreements, and the states it says take part in organizations (by acronym). */
    public record Reading(List<Found> agreements, Map<String, List<String>> members) {
    }

    private static final Words WORDS = Words.load("/importer/agreements.properties");
    private static final String SELF = "";

    private final Function<String, List<NameIndex.Match<String>>> organizations;
    private final Function<String, List<String>> countries;
    private final Predicate<String> isCity;

    /**
     * @param ownNames      the organization's own names ("IOM", "International Organization for Migration")
     * @param organizations the organizations named in a text, by acronym, where they are
     * @param countries     the countries named in a text, by code, in order
     * @param isCity        whether a name is a city's
     */
    public AgreementFinder(List<String> ownNames, Function<String, List<NameIndex.Match<String>>> organizations,
                           Function<String, List<String>> countries, Predicate<String> isCity) {
        NameIndex<String> own = new NameIndex<>(ownNames.stream().distinct()
                .collect(Collectors.toMap(name -> name, name -> SELF)), false);
        this.organizations = text -> {
            List<NameIndex.Match<String>> all = new ArrayList<>(own.find(text));
            organizations.apply(text).stream()
                    .filter(match -> all.stream().noneMatch(o -> o.start() < match.end() && match.start() < o.end()))
                    .forEach(all::add);
            all.sort(Comparator.comparingInt(NameIndex.Match::start));
            return all;
        };
        this.countries = countries;
        this.isCity = isCity;
    }

    /** The agreements the text announces, each once, and the members it names. */
    public Reading read(String text) {
        String flat = text.replaceAll("\\s+", " ");
        List<String> sentences = sentences(text);
        Map<String, List<String>> members = members(sentences);
        Map<String, Found> found = new LinkedHashMap<>();
        for (String sentence : sentences) {
            Matcher matcher = WORDS.announcement.matcher(sentence);
            if (!matcher.find()) {
                continue;
            }
            String kind = WORDS.kinds.get(matcher.group("kind").toLowerCase(Locale.ROOT));
            String status = WORDS.planned.contains(matcher.group("verb").toLowerCase(Locale.ROOT)) ? "PLANNED" : "SIGNED";
            List<Party> parties = parties(sentence, matcher.start("verb"));
            if (parties.stream().noneMatch(party -> party.acronym() != null)) {
                continue;
            }
            String place = place(sentence);
            if (place == null) {
                place = placeOfSigning(flat);
            }
            List<String> covered = parties.stream().filter(party -> party.acronym() != null)
                    .flatMap(party -> members.getOrDefault(party.acronym(), List.of()).stream()).distinct().toList();
            Found next = new Found(kind, status, parties, place, covered);
            String key = kind + parties.stream().map(Party::acronym).sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                    .toList();
            found.merge(key, next, AgreementFinder::merge);
        }
        return new Reading(List.copyOf(found.values()), members);
    }

    /** The same agreement read twice (a title and a sentence): what each knows, the fuller first. */
    private static Found merge(Found first, Found second) {
        List<Party> parties = new ArrayList<>();
        for (Party party : first.parties()) {
            Party other = second.parties().stream().filter(p -> java.util.Objects.equals(p.acronym(), party.acronym()))
                    .findFirst().orElse(party);
            parties.add(party.signatory() != null ? party : other);
        }
        return new Found(first.kind(), first.status(), parties, first.place() != null ? first.place() : second.place(),
                first.countries().isEmpty() ? second.countries() : first.countries());
    }

    /** The organizations named before the verb (or, if none but one, in the whole sentence), each once. */
    private List<Party> parties(String sentence, int verbAt) {
        List<NameIndex.Match<String>> named = organizations.apply(sentence);
        List<NameIndex.Match<String>> subject = named.stream().filter(match -> match.end() <= verbAt).toList();
        List<NameIndex.Match<String>> chosen = subject.size() >= 2 ? subject : named;
        Map<String, Party> parties = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            NameIndex.Match<String> match = chosen.get(i);
            int until = i + 1 < chosen.size() ? chosen.get(i + 1).start() : sentence.length();
            Matcher signatory = WORDS.signatory.matcher(sentence.substring(match.end(), until));
            String key = match.value();
            Party party = signatory.find()
                    ? new Party(acronym(key), signatory.group("name"), signatory.group("title"))
                    : new Party(acronym(key), null, null);
            parties.merge(key, party, (a, b) -> a.signatory() != null ? a : b);
        }
        List<Party> ordered = new ArrayList<>();
        if (parties.containsKey(SELF)) {
            ordered.add(parties.remove(SELF));
        }
        ordered.addAll(parties.values());
        return ordered;
    }

    private static String acronym(String key) {
        return key.equals(SELF) ? null : key;
    }

    /** A known city after "in" in the sentence, or null. */
    private String place(String sentence) {
        Matcher matcher = WORDS.place.matcher(sentence);
        while (matcher.find()) {
            String two = matcher.group("city");
            String one = two.split(" ")[0];
            if (isCity.test(two)) {
                return two;
            }
            if (isCity.test(one)) {
                return one;
            }
        }
        return null;
    }

    /** Where the text says the signing is ("The signing in Minsk"), or null. */
    private String placeOfSigning(String text) {
        Matcher matcher = Pattern.compile("(?iu)\\bsign(?:ing|ed)(?: ceremony)? (?:" + WORDS.placeWords + ") "
                + "(?<city>\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)").matcher(text);
        while (matcher.find()) {
            String city = matcher.group("city");
            if (isCity.test(city)) {
                return city;
            }
            if (isCity.test(city.split(" ")[0])) {
                return city.split(" ")[0];
            }
        }
        return null;
    }

    /** The states each organization has, where a sentence names its members ("CIS Member States including …"). */
    private Map<String, List<String>> members(List<String> sentences) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String sentence : sentences) {
            Matcher matcher = WORDS.members.matcher(sentence);
            if (!matcher.find()) {
                continue;
            }
            List<NameIndex.Match<String>> before = organizations.apply(sentence.substring(0, matcher.start())).stream()
                    .filter(match -> !match.value().equals(SELF)).toList();
            if (before.isEmpty()) {
                continue;
            }
            String organization = before.get(before.size() - 1).value();
            Set<String> states = new LinkedHashSet<>(members.getOrDefault(organization, List.of()));
            states.addAll(countries.apply(sentence.substring(matcher.end())));
            members.put(organization, List.copyOf(states));
        }
        return members;
    }

    /** Sentences: a stop, then a space and a capital or a quote. */
    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .flatMap(paragraph -> Arrays.stream(paragraph.replaceAll("\\s+", " ")
                        .split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“«])")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The patterns built from the word lists. */
    private static final class Words {
        private final Map<String, String> kinds = new LinkedHashMap<>();
        private final Set<String> planned = new LinkedHashSet<>();
        private Pattern announcement;
        private Pattern signatory;
        private Pattern members;
        private Pattern place;
        private String placeWords;

        static Words load(String resource) {
            Properties properties = new Properties();
            try (InputStream in = AgreementFinder.class.getResourceAsStream(resource)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Words words = new Words();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("kind.")) {
                    list(properties, name).forEach(phrase -> words.kinds.put(phrase.toLowerCase(Locale.ROOT),
                            name.substring("kind.".length())));
                }
            }
            list(properties, "planned").forEach(verb -> words.planned.add(verb.toLowerCase(Locale.ROOT)));
            String verbs = alternatives(words.planned.stream().toList(), list(properties, "signed"));
            String kinds = alternatives(List.copyOf(words.kinds.keySet()));
            String between = alternatives(list(properties, "between"));
            words.announcement = Pattern.compile("(?iu)(?<![\\p{L}])(?<verb>" + verbs + ")(?: (?:" + between + "))*"
                    + " (?<kind>" + kinds + ")(?![\\p{L}])");
            words.signatory = Pattern.compile("^[^\\p{L}]*(?:\\([^)]*\\)\\s*)?(?<title>" + alternatives(list(properties, "titles"))
                    + ") (?<name>\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2})");
            words.members = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives(list(properties, "members"))
                    + ")(?![\\p{L}])");
            words.placeWords = alternatives(list(properties, "place"));
            words.place = Pattern.compile("(?u)(?<![\\p{L}])(?:" + words.placeWords
                    + ") (?<city>\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)");
            return words;
        }

        private static List<String> list(Properties properties, String key) {
            return Arrays.stream(properties.getProperty(key, "").split("\\|")).map(String::strip)
                    .filter(word -> !word.isEmpty()).toList();
        }

        /** A regular expression's alternatives, the longest first so that it wins. */
        @SafeVarargs
        private static String alternatives(List<String>... lists) {
            return Arrays.stream(lists).flatMap(List::stream).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
        }
    }
}
