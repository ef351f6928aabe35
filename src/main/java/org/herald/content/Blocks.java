package org.herald.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page's blocks as stored: a JSON array of objects, each with a {@code type}. Reading for the
 * public page is lenient (an unknown or unreadable block is skipped and logged, the page still
 * renders); checking a save is strict (every problem is a form error and nothing is saved).
 */
public final class Blocks {

    /** How many blocks a page holds at most, and how many items a list block shows at most. */
    static final int MAX_BLOCKS = 30;
    static final int MAX_LIST = 20;
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_LINE = 500;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Logger LOG = LoggerFactory.getLogger(Blocks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Blocks() {
    }

    /**
     * The blocks of stored JSON, for showing: unknown types become {@link Block.Unknown} (the
     * public page skips them, the editor flags them); JSON that cannot be read at all gives none.
     */
    public static List<Block> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(json);
            if (!root.isArray()) {
                LOG.warn("A page's blocks are not a JSON array; none is shown");
                return List.of();
            }
            List<Block> blocks = new ArrayList<>();
            for (JsonNode node : root) {
                blocks.add(block(node));
            }
            return List.copyOf(blocks);
        } catch (JacksonException unreadable) {
            LOG.warn("A page's blocks are not readable JSON; none is shown: {}", unreadable.getOriginalMessage());
            return List.of();
        }
    }

    /** The blocks as stored JSON; null when there are none. */
    public static String write(List<Block> blocks) {
        if (blocks == null || blocks.isEmpty()) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (Block block : blocks) {
            ObjectNode node = array.addObject();
            node.put("type", block.type());
            if (block instanceof Block.Text text) {
                node.put("markdown", text.markdown());
            } else if (block instanceof Block.ItemList list) {
                putIfPresent(node, "heading", list.heading());
                putIfPresent(node, "kind", list.kind());
                putIfPresent(node, "country", list.country());
                putIfPresent(node, "theme", list.theme());
                if (list.goal() != null) {
                    node.put("goal", list.goal());
                }
                node.put("limit", list.limit());
            } else if (block instanceof Block.CallToAction cta) {
                node.put("heading", cta.heading());
                putIfPresent(node, "text", cta.text());
                node.put("label", cta.label());
                node.put("url", cta.url());
            }
        }
        return JSON.writeValueAsString(array);
    }

    /**
     * The stored form of blocks a save brings, checked: null when there are none. Problems are
     * put in {@code errors} under "blocks" as a message key (the first one found).
     */
    static String check(String json, Map<String, String> errors) {
        List<Block> blocks = read(json);
        if (json != null && !json.isBlank() && blocks.isEmpty() && !json.trim().equals("[]")) {
            errors.put("blocks", "error.block.json");
            return null;
        }
        if (blocks.size() > MAX_BLOCKS) {
            errors.put("blocks", "error.block.too-many");
            return null;
        }
        String problem = null;
        long maps = 0;
        for (Block block : blocks) {
            problem = problem != null ? problem : problem(block);
            maps += block instanceof Block.Map ? 1 : 0;
        }
        if (problem == null && maps > 1) {
            problem = "error.block.one-map";
        }
        if (problem != null) {
            errors.put("blocks", problem);
            return null;
        }
        return write(blocks);
    }

    /** The message key of what is wrong with a block, or null when nothing is. */
    private static String problem(Block block) {
        if (block instanceof Block.Text text) {
            return blank(text.markdown()) ? "error.block.text"
                    : text.markdown().length() > MAX_TEXT ? "error.block.too-long" : null;
        }
        if (block instanceof Block.ItemList list) {
            return listProblem(list);
        }
        if (block instanceof Block.CallToAction cta) {
            return blank(cta.heading()) || blank(cta.label()) ? "error.block.cta"
                    : tooLong(cta.heading(), cta.label(), cta.text()) ? "error.block.too-long"
                    : !linkable(cta.url()) ? "error.block.url" : null;
        }
        return block instanceof Block.Map ? null : "error.block.type";
    }

    private static String listProblem(Block.ItemList list) {
        if (list.kind() != null && ArticleKind.fromSlug(list.kind()).isEmpty()) {
            return "error.block.kind";
        }
        if (list.country() != null && !COUNTRIES.contains(list.country())) {
            return "error.block.country";
        }
        if (list.theme() != null && !THEME.matcher(list.theme()).matches()) {
            return "error.block.theme";
        }
        if (list.goal() != null && (list.goal() < 1 || list.goal() > 17)) {
            return "error.block.goal";
        }
        if (list.limit() < 1 || list.limit() > MAX_LIST) {
            return "error.block.limit";
        }
        return tooLong(list.heading()) ? "error.block.too-long" : null;
    }

    /** A link a reader can follow: a path on this site, or an http(s) address with a host. */
    static boolean linkable(String url) {
        if (blank(url) || url.length() > 2000) {
            return false;
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("/") && !trimmed.startsWith("//")) {
            return !trimmed.contains("\\") && trimmed.chars().noneMatch(Character::isWhitespace);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static Block block(JsonNode node) {
        String type = text(node, "type");
        return switch (type == null ? "" : type) {
            case "text" -> new Block.Text(text(node, "markdown"));
            case "list" -> new Block.ItemList(text(node, "heading"), text(node, "kind"), upper(text(node, "country")),
                    lower(text(node, "theme")), node.has("goal") && node.get("goal").canConvertToInt()
                            ? node.get("goal").asInt() : null,
                    node.has("limit") && node.get("limit").canConvertToInt() ? node.get("limit").asInt() : 5);
            case "map" -> new Block.Map();
            case "cta" -> new Block.CallToAction(text(node, "heading"), text(node, "text"), text(node, "label"),
                    trimmed(text(node, "url")));
            default -> {
                LOG.warn("A page holds a block of unknown type {}; it is skipped", type);
                yield new Block.Unknown(type == null ? "" : type);
            }
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : null;
        return blank(text) ? null : text;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean tooLong(String... values) {
        for (String value : values) {
            if (value != null && value.length() > MAX_LINE) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
