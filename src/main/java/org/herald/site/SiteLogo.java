package org.herald.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.changes.Dependencies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's logo, which an administrator uploads as SVG in place of the placeholder
 * mark. SVG can carry script, so an upload is refused (not cleaned: a cleaned logo could
 * silently lose its look) when it holds anything active or external: scripts, event handlers,
 * foreign objects, links or styles that reach outside the file, a DOCTYPE (entities). Pages show
 * it through {@code <img>}, where SVG never runs script, and it is served on its own with a
 * sandboxing Content-Security-Policy.
 */
@Component
class SiteLogo {

    /** The largest logo accepted: a logo is a small drawing. */
    static final int MAX_BYTES = 100 * 1024;
    private static final String ENTITY = "site_logo";

    /** An uploaded logo: its SVG text, and a version that changes with it (for its address). */
    record Logo(String svg, String version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    SiteLogo(JdbcClient jdbc, AuditLog audit, ChangeLog changes, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** The uploaded logo, if there is one. */
    Optional<Logo> current() {
        Dependencies.onAny(ENTITY);
        return jdbc.sql("SELECT svg, version FROM site_logo WHERE id = 1")
                .query((rs, row) -> new Logo(rs.getString("svg"), rs.getString("version"))).optional();
    }

    /** The address pages show the logo from: the uploaded one's, else null (the placeholder). */
    String href() {
        Dependencies.onAny(ENTITY);
        return jdbc.sql("SELECT version FROM site_logo WHERE id = 1").query(String.class).optional()
                .map(version -> "/logo.svg?v=" + version).orElse(null);
    }

    /** Replaces the logo with an uploaded SVG, once it is found harmless; else a {@link MenuException}. */
    @Transactional
    void upload(Actor actor, byte[] bytes) {
        actor.require(Permission.MENU_EDIT);
        String svg = check(bytes);
        String version = version(svg);
        jdbc.sql("DELETE FROM site_logo WHERE id = 1").update();
        jdbc.sql("""
                INSERT INTO site_logo (id, svg, version, updated_at, updated_by) VALUES (1, :svg, :version, :now, :by)
                """).param("svg", svg).param("version", version).param("now", OffsetDateTime.now(clock))
                .param("by", actor.userId()).update();
        audit.record(actor, "site_logo.upload", ENTITY, 1L, version);
        changes.record(ENTITY, 1L, null, "upload");
    }

    /** Goes back to the placeholder mark. */
    @Transactional
    void remove(Actor actor) {
        actor.require(Permission.MENU_EDIT);
        jdbc.sql("DELETE FROM site_logo WHERE id = 1").update();
        audit.record(actor, "site_logo.remove", ENTITY, 1L, null);
        changes.record(ENTITY, 1L, null, "remove");
    }

    /** The SVG text of an upload that holds nothing active or external; else the reason as a message key. */
    static String check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MenuException("error.logo.missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MenuException("error.logo.too-large");
        }
        String svg = new String(bytes, StandardCharsets.UTF_8).strip();
        if (svg.startsWith("\uFEFF")) {
            svg = svg.substring(1);
        }
        if (svg.toLowerCase(Locale.ROOT).contains("<!doctype") || svg.contains("<!ENTITY")) {
            throw new MenuException("error.logo.unsafe");
        }
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = document.children().isEmpty() ? null : document.child(0);
        if (root == null || !root.tagName().equalsIgnoreCase("svg")) {
            throw new MenuException("error.logo.not-svg");
        }
        for (Element element : document.getAllElements()) {
            if (!safe(element)) {
                throw new MenuException("error.logo.unsafe");
            }
        }
        return svg;
    }

    private static boolean safe(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (tag.equals("script") || tag.equals("foreignobject") || tag.equals("iframe") || tag.equals("embed")
                || tag.equals("object") || tag.equals("image") && !internal(element)) {
            return false;
        }
        if (tag.equals("style") && outward(element.data() + element.text())) {
            return false;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (name.startsWith("on")) {
                return false;
            }
            if ((name.equals("href") || name.endsWith(":href")) && !value.strip().startsWith("#")) {
                return false;
            }
            if (outward(value)) {
                return false;
            }
        }
        return true;
    }

    /** An image element may only point within the file. */
    private static boolean internal(Element element) {
        String href = element.hasAttr("href") ? element.attr("href") : element.attr("xlink:href");
        return href.strip().startsWith("#");
    }

    /** Text that reaches outside the file or runs something: a script URL, an import, an outside url(). */
    private static boolean outward(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return lower.contains("javascript:") || lower.contains("@import") || lower.contains("data:")
                || lower.matches(".*url\\((?!['\"]?#).*");
    }

    private static String version(String svg) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
