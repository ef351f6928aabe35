package org.herald.partners;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.i18n.Language;

/**
 * What the partner form sends, as typed and trimmed: a code (when creating), the acronym, the type,
 * a country or a region, its names in each language ({@code names-fr}, one a line, the first the
 * one pages show), its aliases in any language (one a line), and its member states' codes.
 */
public record PartnerForm(String code, String acronym, String type, String country, String region,
                          Map<Language, List<String>> names, List<String> aliases, List<String> members) {

    static final int LONGEST_NAME = 300;

    static PartnerForm of(Map<String, String> parameters) {
        Map<Language, List<String>> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, lines(parameters.get("names-" + language.code())));
        }
        return new PartnerForm(trimmed(parameters.get("code")), trimmed(parameters.get("acronym")),
                trimmed(parameters.get("type")), trimmed(parameters.get("country")), trimmed(parameters.get("region")),
                names, lines(parameters.get("aliases")), codes(parameters.get("members")));
    }

    static PartnerForm of(Partner partner) {
        Map<Language, List<String>> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, partner.namesIn(language).stream().map(PartnerName::name).toList());
        }
        return new PartnerForm(partner.code(), partner.acronym(), partner.type() == null ? "" : partner.type().slug(),
                partner.countryCode() == null ? "" : partner.countryCode(),
                partner.regionCode() == null ? "" : partner.regionCode(), names,
                partner.aliases().stream().map(PartnerName::name).toList(), partner.members());
    }

    static PartnerForm blank() {
        return new PartnerForm("", "", "", "", "", Map.of(), List.of(), List.of());
    }

    public List<String> names(Language language) {
        return names.getOrDefault(language, List.of());
    }

    /** A language's names as the textarea shows them. */
    public String namesText(Language language) {
        return String.join("\n", names(language));
    }

    public String aliasesText() {
        return String.join("\n", aliases);
    }

    public String membersText() {
        return String.join(" ", members);
    }

    /**
     * What is wrong with the names, field by field: a name in English at least (the language
     * pages fall back to), none too long, none twice in one language of the form.
     */
    Map<String, String> nameErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (names(Language.EN).isEmpty()) {
            errors.put("names-en", "error.partner.name-required");
        }
        for (Language language : Language.values()) {
            check(names(language), "names-" + language.code(), errors);
        }
        check(aliases, "aliases", errors);
        return errors;
    }

    /** The names, each with its language (null for an alias), in order. */
    List<Map.Entry<Language, String>> allNames() {
        List<Map.Entry<Language, String>> all = new ArrayList<>();
        for (Language language : Language.values()) {
            names(language).forEach(name -> all.add(new java.util.AbstractMap.SimpleEntry<>(language, name)));
        }
        aliases.forEach(alias -> all.add(new java.util.AbstractMap.SimpleEntry<>(null, alias)));
        return all;
    }

    private static void check(List<String> names, String field, Map<String, String> errors) {
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (name.length() > LONGEST_NAME) {
                errors.putIfAbsent(field, "error.partner.name-long");
            } else if (!seen.add(key(name))) {
                errors.putIfAbsent(field, "error.partner.name-taken");
            }
        }
    }

    /** A name as compared for sameness. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> lines(String value) {
        return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Country codes typed with spaces or commas between them, in upper case. */
    static List<String> codes(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[\\s,;]+")).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
