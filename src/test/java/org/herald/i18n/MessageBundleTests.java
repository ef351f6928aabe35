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
            + "|country|countries|press-room|article|contact|layout|nav|date|page|status|kind|type"
            + "|problem|notice|embargo|library|users|account|password|totp|transition|workflow|review|compare"
            + "|revisions|merge|presence|audit|picker|dashboard|role)\\.[a-z0-9.\\-]+)\"");

    private static Properties bundle;
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
        Stream.of("tel", "mobile", "fax", "whatsapp").map(kind -> "contact.phone." + kind).forEach(keys::add);
        OrganizationProfile.KEYS.stream().filter(key -> !key.equals("name") && !key.equals("acronym"))
                .map(key -> "profile." + key.replace('_', '-')).forEach(keys::add);
        Stream.of("type", "kind", "layout").map(field -> "error." + field + ".required").forEach(keys::add);
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
