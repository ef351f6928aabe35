package org.herald.content.backoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herald.content.Block;

/**
 * One block as the editor form carries it ({@code blocks[2].heading}): every field as text, only
 * those of its type filled. Unknown types are kept, so the editor sees them flagged and removes them.
 */
public record BlockForm(String type, String markdown, String heading, String kind, String country, String theme,
                        String goal, String limit, String text, String label, String url) {

    /** The types an editor can add, in the order the form offers them. */
    public static final List<String> TYPES = List.of("text", "list", "map", "cta");

    /** Whether the form knows this block's type (an unknown one is flagged and cannot be saved). */
    public boolean known() {
        return TYPES.contains(type);
    }

    /** The message key of a known type's name ("block.type.text"). */
    public static String labelKey(String type) {
        return "block.type." + type;
    }

    static BlockForm empty(String type) {
        return new BlockForm(type, null, null, null, null, null, null, "list".equals(type) ? "5" : null, null, null,
                null);
    }

    static BlockForm of(Block block) {
        if (block instanceof Block.Text text) {
            return new BlockForm("text", text.markdown(), null, null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.ItemList list) {
            return new BlockForm("list", null, list.heading(), list.kind(), list.country(), list.theme(),
                    list.goal() == null ? null : list.goal().toString(), Integer.toString(list.limit()), null, null,
                    null);
        }
        if (block instanceof Block.CallToAction cta) {
            return new BlockForm("cta", null, cta.heading(), null, null, null, null, null, cta.text(), cta.label(),
                    cta.url());
        }
        return empty(block.type());
    }

    /** The block this form describes; a number that cannot be read is an error under "blocks". */
    Block toBlock(Map<String, String> errors) {
        return switch (type == null ? "" : type) {
            case "text" -> new Block.Text(markdown);
            case "list" -> new Block.ItemList(heading, blankToNull(kind), blankToNull(country), blankToNull(theme),
                    number(goal, "error.block.goal", errors), orFive(number(limit, "error.block.limit", errors)));
            case "map" -> new Block.Map();
            case "cta" -> new Block.CallToAction(heading, text, label, url == null ? null : url.trim());
            default -> new Block.Unknown(type == null ? "" : type);
        };
    }

    /**
     * The blocks after one of the editor's block buttons: "block-add-text", "block-up-2",
     * "block-down-2", "block-remove-2". Anything else leaves them as they are.
     */
    static List<BlockForm> apply(List<BlockForm> blocks, String action) {
        List<BlockForm> result = new ArrayList<>(blocks == null ? List.of() : blocks);
        String[] parts = action.split("-", 3);
        if (parts.length < 3) {
            return result;
        }
        if (parts[1].equals("add") && TYPES.contains(parts[2])) {
            result.add(empty(parts[2]));
            return result;
        }
        int index;
        try {
            index = Integer.parseInt(parts[2]);
        } catch (NumberFormatException notAnIndex) {
            return result;
        }
        if (index < 0 || index >= result.size()) {
            return result;
        }
        switch (parts[1]) {
            case "remove" -> result.remove(index);
            case "up" -> swap(result, index, index - 1);
            case "down" -> swap(result, index, index + 1);
            default -> {
            }
        }
        return result;
    }

    private static void swap(List<BlockForm> blocks, int from, int to) {
        if (to >= 0 && to < blocks.size()) {
            blocks.set(from, blocks.set(to, blocks.get(from)));
        }
    }

    private static int orFive(Integer limit) {
        return limit == null ? 5 : limit;
    }

    private static Integer number(String value, String error, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException malformed) {
            errors.put("blocks", error);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
