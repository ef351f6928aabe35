package org.herald.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.herald.accounts.Actor;
import org.herald.content.ContentDraft;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.PublishContent;
import org.herald.content.PublishedContent;
import org.herald.content.TranslateContent;
import org.herald.i18n.Language;
import org.herald.organization.Fact;
import org.herald.organization.OrganizationProfile;
import org.herald.site.Menu;
import org.herald.site.MenuEntry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo content's translations, written by the Herald team (each says so in its credit or
 * source): the seed's press release in French and Russian, the menu's labels and the
 * organization's name in every language.
 * Files in {@code seed/translations/}; see the README there.
 */
@Component
class DemoTranslations {

    private static final String FOLDER = "seed/translations/";

    private final TranslateContent translate;
    private final PublishContent publish;
    private final EditorialContent editorial;
    private final PublishedContent published;
    private final Menu menu;
    private final OrganizationProfile profile;
    private final DemoPictures pictures;

    DemoTranslations(TranslateContent translate, PublishContent publish, EditorialContent editorial,
                     PublishedContent published, Menu menu, OrganizationProfile profile, DemoPictures pictures) {
        this.pictures = pictures;
        this.translate = translate;
        this.publish = publish;
        this.editorial = editorial;
        this.published = published;
        this.menu = menu;
        this.profile = profile;
    }

    /** Adds the translations of item {@code sourceId} that exist as files, and the menu's labels. */
    void add(Actor seed, long sourceId) {
        EditableItem source = editorial.get(sourceId);
        for (Language language : Language.values()) {
            Resource file = new PathMatchingResourcePatternResolver()
                    .getResource("classpath:" + FOLDER + source.draft().slug() + "." + language.code() + ".md");
            if (language != source.draft().language() && file.exists()) {
                Document document = Document.read(file);
                ContentDraft original = source.draft();
                ContentDraft draft = new ContentDraft(original.type(), original.kind(), language, document.field("title"),
                        null, document.field("summary"), document.body(), original.releaseDate(),
                        original.dateFromPublication(), original.datelineCity(), original.datelineCountry(),
                        original.parentGroup(), original.layout(), original.featured(), original.countries(),
                        original.contacts()).withImage(pictures.inLanguage(original.image(), language));
                publish.publish(seed, translate.create(seed, sourceId, draft, document.field("credit")));
            }
        }
        addMenuLabels(seed);
        addProfileTranslations();
    }

    /** The organization's name and the system it is part of, in the other languages. */
    private void addProfileTranslations() {
        Properties texts = properties(FOLDER + "profile.properties");
        for (String name : texts.stringPropertyNames()) {
            int dot = name.lastIndexOf('.');
            String key = name.substring(0, dot);
            String language = name.substring(dot + 1);
            profile.find(key).ifPresent(english -> profile.record(new Fact(key, null, texts.getProperty(name),
                    english.asOf(), english.statement(), "demo translation (Herald team) of " + english.source(),
                    language)));
        }
    }

    private void addMenuLabels(Actor seed) {
        Properties labels = properties(FOLDER + "menu.properties");
        for (MenuEntry entry : menu.entries()) {
            String slug = published.inGroup(entry.pageGroup(), Language.EN).map(page -> page.slug()).orElse(null);
            for (Language language : Language.values()) {
                String label = slug == null ? null : labels.getProperty(slug + "." + language.code());
                if (label != null) {
                    menu.rename(seed, entry.id(), language, label);
                }
            }
        }
    }

    private static Properties properties(String path) {
        Properties properties = new Properties();
        try (InputStream in = DemoTranslations.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A translation file: "name: value" header lines, a "---" line, then the Markdown body. */
    private record Document(Map<String, String> fields, String body) {

        String field(String name) {
            return fields.get(name);
        }

        static Document read(Resource file) {
            String text;
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] parts = text.split("\n---\n", 2);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : parts[0].split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
            return new Document(fields, parts.length > 1 ? parts[1].strip() : "");
        }
    }
}
