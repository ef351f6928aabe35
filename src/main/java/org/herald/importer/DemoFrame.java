package org.herald.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's frame, written by the Herald team and marked so (the seed has none of it): blocks
 * for the section pages that would otherwise be only a title (rich text saying what the section
 * is for, a call to action, a list of news), and the legal pages the footer links (privacy,
 * terms, accessibility statement) as ordinary pages in English, placeholder text the
 * organization replaces. Kept in {@code seed/frame/demo-frame.json}.
 */
@Component
class DemoFrame {

    private static final String RESOURCE = "seed/frame/demo-frame.json";

    private final SaveContent save;
    private final PublishContent publish;
    private final JsonNode demo;

    DemoFrame(SaveContent save, PublishContent publish) {
        this.save = save;
        this.publish = publish;
        try (InputStream in = DemoFrame.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            this.demo = JsonMapper.builder().build().readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The demo blocks of the section page of this slug ("take-action"), as stored; null when it has none. */
    String blocksOf(String slug) {
        JsonNode blocks = demo.path("sections").get(slug);
        return blocks == null ? null : blocks.toString();
    }

    /** Creates and publishes the legal pages in English, the other languages falling back to it. */
    void addLegalPages(Actor seed) {
        for (Map.Entry<String, JsonNode> page : demo.path("legal").properties()) {
            JsonNode fields = page.getValue();
            ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, fields.get("title").asString(),
                    page.getKey(), fields.get("summary").asString(), fields.get("markdown").asString(), null, false,
                    null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
            publish.publish(seed, save.create(seed, draft, null));
        }
    }
}
