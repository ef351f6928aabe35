package org.herald;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; a reach into another module's internals or a cycle
 * between modules fails the build. Modules talk through each other's public services, never
 * through each other's tables: the SQL in a module's code may name only the tables that module
 * owns, and every table the migrations create has one owner. Also writes the module diagram to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final Path SOURCES = Path.of("src/main/java/org/herald");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern DROP_TABLE =
            Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Where SQL names a table: the word after these keywords. */
    private static final Pattern TABLE_USE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table|using)\\s+([a-z_][a-z0-9_]*)");

    /** The module that owns each table: the only one whose SQL may read or write it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("api_key", "api"),
            Map.entry("outbox_message", "outbox"), Map.entry("outbox_attempt", "outbox"),
            Map.entry("webhook_endpoint", "outbox"), Map.entry("alert_subscriber", "outbox"),
            Map.entry("alert_digest_item", "outbox"), Map.entry("alert_fanout", "outbox"),
            Map.entry("journalist", "newsroom"), Map.entry("media_list", "newsroom"),
            Map.entry("media_list_member", "newsroom"), Map.entry("release_send", "newsroom"),
            Map.entry("app_user", "accounts"), Map.entry("audit_log", "accounts"),
            Map.entry("login_attempt", "accounts"), Map.entry("login_throttle", "accounts"),
            Map.entry("trusted_device", "accounts"), Map.entry("spring_session", "accounts"),
            Map.entry("spring_session_attributes", "accounts"),
            Map.entry("change_log", "changes"),
            Map.entry("vacancy_terms", "careers"), Map.entry("published_vacancy", "careers"),
            Map.entry("form", "forms"), Map.entry("form_submission", "forms"),
            Map.entry("form_key", "forms"),
            Map.entry("site_logo", "site"), Map.entry("content_item", "content"), Map.entry("revision", "content"),
            Map.entry("review_comment", "content"), Map.entry("editing_presence", "content"),
            Map.entry("item_contact", "content"), Map.entry("published_item", "content"),
            Map.entry("published_item_contact", "content"), Map.entry("published_item_country", "content"),
            Map.entry("published_item_tag", "content"), Map.entry("slug_redirect", "content"),
            Map.entry("figure", "figures"), Map.entry("dataset", "figures"),
            Map.entry("dataset_text", "figures"), Map.entry("dataset_version", "figures"),
            Map.entry("dataset_value", "figures"), Map.entry("indicator", "figures"),
            Map.entry("indicator_name", "figures"), Map.entry("dataset_upload", "figures"),
            Map.entry("sdg_goal", "goals"), Map.entry("sdg_goal_title", "goals"),
            Map.entry("content_goal", "goals"), Map.entry("published_content_goal", "goals"),
            Map.entry("highlight", "highlights"),
            Map.entry("import_batch", "importer"), Map.entry("import_batch_archive", "importer"),
            Map.entry("import_source", "importer"), Map.entry("herald_setting", "importer"),
            Map.entry("dateline_city", "importer"), Map.entry("nationality", "importer"),
            Map.entry("theme_rule", "importer"),
            Map.entry("media_item", "media"), Map.entry("media_file", "media"),
            Map.entry("preview_link", "newsroom"), Map.entry("preview_view", "newsroom"),
            Map.entry("org_fact", "organization"),
            Map.entry("contact", "people"), Map.entry("contact_channel", "people"), Map.entry("office", "people"),
            Map.entry("country", "places"), Map.entry("country_alias", "places"),
            Map.entry("region", "presence"), Map.entry("region_name", "presence"),
            Map.entry("country_presence", "presence"),
            Map.entry("menu_item", "site"), Map.entry("menu_item_label", "site"),
            Map.entry("theme", "themes"), Map.entry("theme_text", "themes"),
            Map.entry("partner", "partners"), Map.entry("partner_name", "partners"),
            Map.entry("partner_member", "partners"), Map.entry("agreement", "partners"),
            Map.entry("agreement_party", "partners"), Map.entry("agreement_country", "partners"),
            Map.entry("agreement_document", "partners"), Map.entry("agreement_release", "partners"));

    private final ApplicationModules modules = ApplicationModules.of(HeraldApplication.class);

    @Test
    void modulesKeepToTheirPublicServices() {
        modules.verify();
    }

    @Test
    void everyTableHasOneOwningModule() throws IOException {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(file -> file.toString().endsWith(".sql")).sorted().forEach(file -> {
                String sql = read(file);
                Matcher table = CREATE_TABLE.matcher(sql);
                while (table.find()) {
                    created.add(table.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher gone = DROP_TABLE.matcher(sql);
                while (gone.find()) {
                    dropped.add(gone.group(1).toLowerCase(Locale.ROOT));
                }
            });
        }
        created.removeAll(dropped);
        assertThat(OWNERS.keySet()).as("tables with an owner: every table the migrations create, no other")
                .containsExactlyInAnyOrderElementsOf(created);
        Set<String> names = new TreeSet<>();
        modules.forEach(module -> names.add(module.getIdentifier().toString()));
        assertThat(names).as("owners are modules").containsAll(OWNERS.values());
    }

    @Test
    void sqlNamesOnlyItsOwnModulesTables() {
        List<String> reaches = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Path folder = SOURCES.resolve(name);
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    for (String text : strings(read(file))) {
                        Matcher use = TABLE_USE.matcher(text);
                        while (use.find()) {
                            String owner = OWNERS.get(use.group(1).toLowerCase(Locale.ROOT));
                            if (owner != null && !owner.equals(name)) {
                                reaches.add(SOURCES.relativize(file) + " names " + use.group(1) + ", a table of "
                                        + owner);
                            }
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(reaches).as("SQL reaching into another module's tables: ask that module's public service")
                .isEmpty();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /** The text blocks and string literals of a Java source: where its SQL is. */
    private static List<String> strings(String source) {
        List<String> strings = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(source);
        while (block.find()) {
            strings.add(block.group(1));
        }
        Matcher literal = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (literal.find()) {
            strings.add(literal.group(1));
        }
        return strings;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
