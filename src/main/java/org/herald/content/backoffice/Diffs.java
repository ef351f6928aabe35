package org.herald.content.backoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.herald.content.ContentDraft;
import org.herald.content.GroupFields;
import org.herald.content.RevisionSnapshot;
import org.herald.web.PageContext;

/**
 * Side-by-side differences between two versions of an item, field by field, with the changed
 * words marked inside changed lines (java-diff-utils). The result is plain text in segments; the
 * templates escape it like any other text.
 */
final class Diffs {

    private static final char START = '\u0001';
    private static final char END = '\u0002';
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(line -> line.replace(START, ' ').replace(END, ' '))
            .oldTag(start -> String.valueOf(start ? START : END))
            .newTag(start -> String.valueOf(start ? START : END))
            .build();

    private Diffs() {
    }

    /** Every field of the two drafts, compared; {@code left} is the older (or the other) version. */
    static List<FieldDiff> compare(ContentDraft left, ContentDraft right, PageContext ctx) {
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(field(ctx.t("editor.title"), left.title(), right.title()));
        fields.add(field(ctx.t("editor.slug"), left.slug(), right.slug()));
        fields.add(field(ctx.t("editor.summary"), left.summary(), right.summary()));
        fields.add(field(ctx.t("editor.body"), left.bodyMarkdown(), right.bodyMarkdown()));
        fields.add(field(ctx.t("editor.kind"), kind(left, ctx), kind(right, ctx)));
        fields.add(field(ctx.t("editor.release-date"), string(left.releaseDate()), string(right.releaseDate())));
        fields.add(field(ctx.t("editor.dateline-city"), left.datelineCity(), right.datelineCity()));
        fields.add(field(ctx.t("editor.dateline-country"), country(left.datelineCountry(), ctx),
                country(right.datelineCountry(), ctx)));
        fields.add(field(ctx.t("editor.layout"), ctx.t(left.layout().messageKey()), ctx.t(right.layout().messageKey())));
        fields.add(field(ctx.t("editor.parent"), string(left.parentGroup()), string(right.parentGroup())));
        fields.add(field(ctx.t("editor.countries"), countries(left, ctx), countries(right, ctx)));
        fields.add(field(ctx.t("editor.contacts"), string(left.contacts()), string(right.contacts())));
        fields.add(field(ctx.t("editor.image"), image(left), image(right)));
        fields.add(field(ctx.t("editor.blocks"), blocks(left), blocks(right)));
        fields.add(field(ctx.t("editor.themes"), String.join(", ", left.themes()), String.join(", ", right.themes())));
        fields.add(field(ctx.t("editor.organizations"), String.join(", ", left.organizations()),
                String.join(", ", right.organizations())));
        fields.add(field(ctx.t("editor.featured"), ctx.t(left.featured() ? "compare.yes" : "compare.no"),
                ctx.t(right.featured() ? "compare.yes" : "compare.no")));
        return fields;
    }

    /**
     * Two revisions compared: their drafts, then the fields other modules keep about the group
     * (the goals), each under its label; a field one revision did not keep counts as blank.
     */
    static List<FieldDiff> compare(RevisionSnapshot left, RevisionSnapshot right, GroupFields groupFields,
                                   PageContext ctx) {
        List<FieldDiff> fields = new ArrayList<>(compare(left.draft(), right.draft(), ctx));
        java.util.Set<String> names = new java.util.LinkedHashSet<>(left.groupFields().keySet());
        names.addAll(right.groupFields().keySet());
        for (String name : names) {
            fields.add(field(groupFields.labelKey(name).map(ctx::t).orElse(name),
                    left.groupFields().getOrDefault(name, ""), right.groupFields().getOrDefault(name, "")));
        }
        return fields;
    }

    static FieldDiff field(String label, String left, String right) {
        String a = left == null ? "" : left;
        String b = right == null ? "" : right;
        List<FieldDiff.Line> lines = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(a.lines().toList(), b.lines().toList())) {
            lines.add(new FieldDiff.Line(row.getTag().name().toLowerCase(Locale.ROOT), segments(row.getOldLine()),
                    segments(row.getNewLine())));
        }
        return new FieldDiff(label, !a.strip().equals(b.strip()), lines);
    }

    /** Splits a generated line at the change markers into plain and changed runs. */
    static List<FieldDiff.Segment> segments(String line) {
        List<FieldDiff.Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean changed = false;
        for (char c : line.toCharArray()) {
            if (c == START || c == END) {
                if (!text.isEmpty()) {
                    segments.add(new FieldDiff.Segment(text.toString(), changed));
                    text.setLength(0);
                }
                changed = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            segments.add(new FieldDiff.Segment(text.toString(), changed));
        }
        return segments;
    }

    private static String kind(ContentDraft draft, PageContext ctx) {
        return draft.kind() == null ? "" : ctx.t(draft.kind().messageKey());
    }

    private static String country(String code, PageContext ctx) {
        return code == null || code.isBlank() ? "" : ctx.country(code);
    }

    private static String countries(ContentDraft draft, PageContext ctx) {
        return String.join("\n", draft.countries().stream().map(code -> ctx.country(code)).sorted().toList());
    }

    /** The page's blocks, one a line, in order. */
    private static String blocks(ContentDraft draft) {
        return String.join("\n", org.herald.content.Blocks.read(draft.blocks()).stream().map(Object::toString).toList());
    }

    /** The featured image as the editor gives it: its address, what it shows, its credit, a line each. */
    private static String image(ContentDraft draft) {
        return draft.image() == null ? "" : String.join("\n", "/media/" + draft.image().key(), draft.image().alt(),
                draft.image().credit() == null ? "" : draft.image().credit());
    }

    private static String string(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
