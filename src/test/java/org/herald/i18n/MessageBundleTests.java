package org.herald.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.herald.content.ArticleKind;
import org.herald.content.ContentStatus;
import org.herald.accounts.Role;
import org.herald.content.PageLayout;
import org.herald.content.ReviewComment;
import org.herald.content.Transition;
import org.herald.organization.OrganizationProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every visible word comes from the message bundle: a key used in a template or in the code
 * but missing from the bundle fails, a key in the bundle that nothing uses fails, and text
 * written straight into a template fails.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\"([a-z0-9.\\-]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:error|editor|menu|login|profile|news|admin|home"
            + "|country|countries|press-room|article|contact|layout|nav|date|page|status|kind|type|translation|translations"
            + "|diff|problem|notice|embargo|library|users|account|password|totp|transition|workflow|review|compare"
            + "|revisions|merge|presence|audit|picker|dashboard|role|feeds|where|office|highlights|figures|datasets|forms|outbox|alerts)\\.[a-z0-9.\\-]+)\"");

    private static Properties bundle;
    private static final java.util.Map<Language, Properties> translations = new java.util.EnumMap<>(Language.class);
    /**
     * Values that are rightly the same as the English in some language: names, codes, words that
     * language borrows. Anything else identical to the English is an untranslated leftover.
     */
    static final Set<String> SAME_AS_ENGLISH = Set.of("contact.phone.whatsapp", "contact.phone.fax",
            "contact.phone.tel", "type.page", "news.pages", "admin.filter.pages", "news.filter.kind", "admin.column.type",
            "editor.kind", "admin.menu", "menu.actions", "country.contacts", "translations.original",
            "editor.source", "diff.field.title", "editor.revisions", "admin.filter.articles", "editor.release-date",
            "editor.title", "compare.no", "library.bytes", "office.latitude", "office.longitude", "office.position",
            "admin.themes.code", "admin.themes.description",
            "admin.partners.code", "agreements.documents", "agreements.parties", "partners.type", "datasets.csv",
            "datasets.json");
    private static List<String> templates;
    private static List<String> sources;

    /** Every feature's bundle in the default language: messages.properties, messages-search.properties... */
    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                translations.put(language, load(language));
            }
        }
        templates = readAll(TEMPLATES, ".jte");
        sources = readAll(SOURCES, ".java");
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeUseIsInTheBundle() {
        assertThat(difference(usedLiterally(), bundle.stringPropertyNames())).as("keys missing from the bundle").isEmpty();
        assertThat(difference(dynamicKeys(), bundle.stringPropertyNames())).as("keys missing from the bundle").isEmpty();
    }

    @Test
    void everyKeyOfTheBundleIsUsed() {
        Set<String> used = new TreeSet<>(usedLiterally());
        used.addAll(dynamicKeys());
        assertThat(difference(bundle.stringPropertyNames(), used)).as("keys nothing uses").isEmpty();
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        for (var entry : translations.entrySet()) {
            Set<String> keys = entry.getValue().stringPropertyNames();
            assertThat(difference(bundle.stringPropertyNames(), keys)).as("missing in " + entry.getKey()).isEmpty();
            assertThat(difference(keys, bundle.stringPropertyNames())).as("unknown in " + entry.getKey()).isEmpty();
        }
    }

    @Test
    void nothingIsLeftInEnglish() {
        for (var entry : translations.entrySet()) {
            List<String> leftovers = bundle.stringPropertyNames().stream()
                    .filter(key -> !SAME_AS_ENGLISH.contains(key))
                    .filter(key -> bundle.getProperty(key).equals(entry.getValue().getProperty(key)))
                    .sorted().toList();
            assertThat(leftovers).as("still English in " + entry.getKey()).isEmpty();
        }
    }

    @Test
    void everyMessageIsAValidIcuPatternWithTheLanguagesPluralForms() {
        for (Language language : Language.values()) {
            Properties messages = language == Language.EN ? bundle : translations.get(language);
            com.ibm.icu.text.PluralRules rules = com.ibm.icu.text.PluralRules.forLocale(language.locale());
            Set<String> required = new TreeSet<>(rules.getKeywords());
            if (language == Language.FR || language == Language.ES) {
                // "many" is only for numbers like 1,000,000 in these languages; "other" serves.
                required.remove("many");
            }
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                assertThat(parses(pattern, language)).as(language + " " + key + " parses").isTrue();
                for (Set<String> forms : pluralForms(pattern)) {
                    assertThat(forms).as(language + " " + key + " plural forms").containsAll(required);
                }
            }
        }
    }

    @Test
    void russianAndArabicCountsReadRight() {
        com.ibm.icu.text.MessageFormat russian = new com.ibm.icu.text.MessageFormat(
                translations.get(Language.RU).getProperty("news.count"), Language.RU.locale());
        assertThat(russian.format(new Object[] {1})).isEqualTo("1 статья");
        assertThat(russian.format(new Object[] {3})).isEqualTo("3 статьи");
        assertThat(russian.format(new Object[] {5})).isEqualTo("5 статей");
        assertThat(russian.format(new Object[] {21})).isEqualTo("21 статья");
        com.ibm.icu.text.MessageFormat arabic = new com.ibm.icu.text.MessageFormat(
                translations.get(Language.AR).getProperty("profile.member-states"), Language.AR.locale());
        assertThat(arabic.format(new Object[] {2})).isEqualTo("دولتان عضوان");
        assertThat(arabic.format(new Object[] {175})).endsWith("دولة عضوًا");
        assertThat(arabic.format(new Object[] {5})).endsWith("دول أعضاء");
    }

    private static boolean parses(String pattern, Language language) {
        try {
            new com.ibm.icu.text.MessageFormat(pattern, language.locale());
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The selector keywords of every plural argument of a pattern ("one", "few", "other"; not "=0"). */
    static List<Set<String>> pluralForms(String pattern) {
        com.ibm.icu.text.MessagePattern parsed = new com.ibm.icu.text.MessagePattern(pattern);
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != com.ibm.icu.text.MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> forms = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                com.ibm.icu.text.MessagePattern.Part inner = parsed.getPart(j);
                if (inner.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_SELECTOR) {
                    String selector = parsed.getSubstring(inner);
                    if (!selector.startsWith("=")) {
                        forms.add(selector);
                    }
                } else if (inner.getType() == com.ibm.icu.text.MessagePattern.Part.Type.MSG_START) {
                    j = parsed.getLimitPartIndex(j);
                }
            }
            all.add(forms);
        }
        return all;
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString()
                    .matches("messages(-[a-z]+)?_" + language.code() + "\\.properties")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return properties;
    }

    @Test
    void templatesHoldNoLiteralText() {
        List<String> literals = new ArrayList<>();
        for (String template : templates) {
            for (String line : template.split("\n")) {
                if (line.contains("@template.") || line.startsWith("@import") || line.startsWith("@param")) {
                    continue;
                }
                String text = visibleText(line);
                if (text.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(line.trim() + "  →  " + text.trim());
                }
            }
        }
        assertThat(literals).as("literal text in templates").isEmpty();
    }

    @Test
    void theLiteralCheckSeesTextAndIgnoresExpressions() {
        assertThat(visibleText("<p class=\"x\">Hello ${name}</p>")).contains("Hello");
        assertThat(visibleText("@if(a.b() != null)<h2>${ctx.t(\"x.y\", a.c())}</h2>@endif"))
                .doesNotContainPattern("\\p{L}");
    }

    /** What a template line shows besides its expressions, directives and tags. */
    static String visibleText(String line) {
        String nested = "(?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*";
        return line
                .replaceAll("\\$unsafe\\{[^}]*}", " ")
                .replaceAll("\\$\\{[^}]*}", " ")
                .replaceAll("!\\{[^}]*}", " ")
                .replaceAll("@(?:if|elseif|for)\\(" + nested + "\\)", " ")
                .replaceAll("@(?:endif|endfor|else)", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("&[a-z]+;", " ")
                .replace("`)", " ");
    }

    private static Set<String> usedLiterally() {
        Set<String> keys = new TreeSet<>();
        templates.forEach(template -> collect(TEMPLATE_KEY, template, keys));
        templates.forEach(template -> collect(JAVA_KEY, template, keys));
        sources.forEach(source -> collect(JAVA_KEY, source, keys));
        // File names such as "menu.properties" look like keys but are not.
        keys.removeIf(key -> key.endsWith(".properties") || key.endsWith(".md"));
        return keys;
    }

    /** Keys built from enums and statuses rather than written out. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(ArticleKind.values()).map(ArticleKind::messageKey).forEach(keys::add);
        Arrays.stream(ContentStatus.values()).map(ContentStatus::messageKey).forEach(keys::add);
        Arrays.stream(PageLayout.values()).map(PageLayout::messageKey).forEach(keys::add);
        Arrays.stream(Transition.values()).map(Transition::messageKey).forEach(keys::add);
        Arrays.stream(ReviewComment.Kind.values()).map(ReviewComment.Kind::messageKey).forEach(keys::add);
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(keys::add);
        Arrays.stream(org.herald.figures.FigureReview.values()).map(org.herald.figures.FigureReview::messageKey)
                .forEach(keys::add);
        Stream.of("confirmed", "corrected", "rejected").map(done -> "figures.review.done." + done).forEach(keys::add);
        Arrays.stream(org.herald.presence.PresenceKind.values()).map(org.herald.presence.PresenceKind::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.herald.presence.Membership.values()).map(org.herald.presence.Membership::messageKey)
                .forEach(keys::add);
        org.herald.content.backoffice.BlockForm.TYPES.stream().map(org.herald.content.backoffice.BlockForm::labelKey)
                .forEach(keys::add);
        Stream.of("member_states", "countries_of_presence").map(key -> "where.fact." + key).forEach(keys::add);
        Arrays.stream(org.herald.careers.ContractType.values()).map(org.herald.careers.ContractType::messageKey)
                .forEach(keys::add);
        Stream.of("reference", "grade", "duty-station", "contract", "languages", "opens", "closes", "apply")
                .map(term -> "error.vacancy." + term + ".required").forEach(keys::add);
        Stream.of("latitude", "longitude").map(field -> "office.error." + field).forEach(keys::add);
        Stream.of("tel", "mobile", "fax", "whatsapp").map(kind -> "contact.phone." + kind).forEach(keys::add);
        OrganizationProfile.KEYS.stream().filter(key -> !key.equals("name") && !key.equals("acronym"))
                .map(key -> "profile." + key.replace('_', '-')).forEach(keys::add);
        Stream.of("type", "kind", "layout").map(field -> "error." + field + ".required").forEach(keys::add);
        Stream.of("title", "summary", "body").map(field -> "diff.field." + field).forEach(keys::add);
        Stream.of("article", "page", "country", "contact", "partner").map(type -> "search.kind." + type).forEach(keys::add);
        Arrays.stream(org.herald.partners.PartnerType.values()).map(org.herald.partners.PartnerType::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.herald.partners.AgreementKind.values()).map(org.herald.partners.AgreementKind::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.herald.partners.AgreementStatus.values()).map(org.herald.partners.AgreementStatus::messageKey)
                .forEach(keys::add);
        Stream.of("kind", "language", "country", "theme", "goal", "year").map(facet -> "search.facet." + facet)
                .forEach(keys::add);
        Arrays.stream(org.herald.outbox.WebhookEvent.values()).map(org.herald.outbox.WebhookEvent::messageKey)
                .forEach(keys::add);
        Stream.of("sent", "retry", "failed", "paused").map(outcome -> "outbox.outcome." + outcome).forEach(keys::add);
        Stream.of("queued", "sent", "failed", "paused").map(status -> "outbox.status." + status).forEach(keys::add);
        Stream.of("waiting", "queued", "sent", "deferred", "bounced", "failed")
                .map(status -> "admin.media-lists.status." + status).forEach(keys::add);
        Stream.of(400, 403, 404, 405, 500).forEach(status -> {
            keys.add("error." + status + ".title");
            keys.add("error." + status + ".message");
        });
        return keys;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(minus);
        // A prefix such as "error." built into a key at run time is not a key itself.
        rest.removeIf(key -> key.endsWith(".") || bundle.stringPropertyNames().stream()
                .anyMatch(known -> known.startsWith(key + ".")));
        return rest;
    }

    private static List<String> readAll(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
