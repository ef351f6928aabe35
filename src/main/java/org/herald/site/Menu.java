package org.herald.site;

import org.herald.web.MenuLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.changes.Dependencies;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site menu: sections in order, each leading to a section page. Every change checks the
 * actor's permission and is audited and logged as a change (every public page shows the menu).
 */
@Component
public class Menu {

    private final JdbcClient jdbc;
    private final PublishedContent content;
    private final AuditLog audit;
    private final ChangeLog changes;

    Menu(JdbcClient jdbc, PublishedContent content, AuditLog audit, ChangeLog changes) {
        this.jdbc = jdbc;
        this.content = content;
        this.audit = audit;
        this.changes = changes;
    }

    /** The entries in order, as the back office lists them. */
    public List<MenuEntry> entries() {
        Dependencies.onAny("menu");
        Map<Long, MenuEntry> entries = new LinkedHashMap<>();
        jdbc.sql("SELECT id, position, page_group FROM menu_item ORDER BY position, id")
                .query(rs -> {
                    entries.put(rs.getLong("id"), new MenuEntry(rs.getLong("id"), rs.getInt("position"),
                            rs.getObject("page_group", UUID.class), new LinkedHashMap<>()));
                });
        jdbc.sql("SELECT menu_item_id, language, label FROM menu_item_label ORDER BY language")
                .query(rs -> {
                    MenuEntry entry = entries.get(rs.getLong("menu_item_id"));
                    if (entry != null) {
                        entry.labels().put(rs.getString("language"), rs.getString("label"));
                    }
                });
        return List.copyOf(entries.values());
    }

    /**
     * The public menu in a language: entries whose section page is published, each linking to
     * the page in that language, or to a published translation while it has none.
     */
    public List<MenuLink> links(Language language) {
        List<MenuEntry> entries = entries();
        List<Section> sections = sections(language, entries);
        Map<UUID, List<PublishedSummary>> children = content.childrenOf(language,
                entries.stream().map(MenuEntry::pageGroup).toList());
        return sections.stream().map(section -> new MenuLink(section.label(), section.href(),
                children.getOrDefault(section.group(), List.of()).stream()
                        .map(child -> new MenuLink(child.title(), child.pathIn(language))).toList()))
                .toList();
    }

    /** The same entries with the summaries of their section pages, as the home page shows them. */
    public List<Section> sections(Language language) {
        return sections(language, entries());
    }

    private List<Section> sections(Language language, List<MenuEntry> entries) {
        Map<UUID, List<PublishedSummary>> pages = content.versionsOf(entries.stream().map(MenuEntry::pageGroup).toList());
        List<Section> sections = new ArrayList<>();
        for (MenuEntry entry : entries) {
            List<PublishedSummary> versions = pages.getOrDefault(entry.pageGroup(), List.of());
            versions.stream()
                    .filter(page -> page.language() == language)
                    .findFirst()
                    .or(() -> versions.stream().findFirst())
                    .ifPresent(page -> sections.add(new Section(entry.label(language.code()), page.pathIn(language),
                            page.summary(), page.language(), entry.pageGroup())));
        }
        return sections;
    }

    /** Adds an entry at the end of the menu; its label is given in one language. */
    @Transactional
    public long add(Actor actor, UUID pageGroup, Language language, String label) {
        actor.require(Permission.MENU_EDIT);
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM menu_item").query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO menu_item (position, page_group) VALUES (:position, :group)")
                    .param("position", position).param("group", pageGroup).update(keys, "id");
        } catch (DuplicateKeyException alreadyInMenu) {
            throw new MenuException("error.menu.duplicate");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        putLabel(id, language, label);
        logged(actor, "menu_item.add", id, label);
        return id;
    }

    /** Sets an entry's label in one language. */
    @Transactional
    public void rename(Actor actor, long id, Language language, String label) {
        actor.require(Permission.MENU_EDIT);
        requireEntry(id);
        putLabel(id, language, label);
        logged(actor, "menu_item.rename", id, label);
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public void move(Actor actor, long id, int direction) {
        actor.require(Permission.MENU_EDIT);
        List<MenuEntry> entries = new ArrayList<>(entries());
        int from = indexOf(entries, id);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= entries.size()) {
            return;
        }
        entries.add(to, entries.remove(from));
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("UPDATE menu_item SET position = :position WHERE id = :id")
                    .param("position", i + 1).param("id", entries.get(i).id()).update();
        }
        logged(actor, "menu_item.move", id, direction < 0 ? "up" : "down");
    }

    @Transactional
    public void remove(Actor actor, long id) {
        actor.require(Permission.MENU_EDIT);
        requireEntry(id);
        jdbc.sql("DELETE FROM menu_item WHERE id = :id").param("id", id).update();
        logged(actor, "menu_item.remove", id, null);
    }

    private void putLabel(long id, Language language, String label) {
        String trimmed = label == null ? "" : label.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new MenuException("error.menu.label");
        }
        jdbc.sql("DELETE FROM menu_item_label WHERE menu_item_id = :id AND language = :language")
                .param("id", id).param("language", language.code()).update();
        jdbc.sql("INSERT INTO menu_item_label (menu_item_id, language, label) VALUES (:id, :language, :label)")
                .param("id", id).param("language", language.code()).param("label", trimmed).update();
    }

    private void requireEntry(long id) {
        if (entries().stream().noneMatch(entry -> entry.id() == id)) {
            throw new MenuException("error.menu.unknown");
        }
    }

    private static int indexOf(List<MenuEntry> entries, long id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                return i;
            }
        }
        throw new MenuException("error.menu.unknown");
    }

    private void logged(Actor actor, String action, long id, String detail) {
        audit.record(actor, action, "menu_item", id, detail);
        changes.record("menu", id, null, action);
    }
}
