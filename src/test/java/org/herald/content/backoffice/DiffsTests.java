package org.herald.content.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiffsTests {

    @Test
    void marksTheChangedWordsOfAChangedLine() {
        FieldDiff diff = Diffs.field("Text", "The MoU is signed today.\nSame line.", "The MoU was signed today.\nSame line.");

        assertThat(diff.changed()).isTrue();
        assertThat(diff.lines()).extracting(FieldDiff.Line::kind).containsExactly("change", "equal");
        FieldDiff.Line first = diff.lines().get(0);
        assertThat(first.left()).filteredOn(FieldDiff.Segment::changed).extracting(FieldDiff.Segment::text)
                .containsExactly("is");
        assertThat(first.right()).filteredOn(FieldDiff.Segment::changed).extracting(FieldDiff.Segment::text)
                .containsExactly("was");
    }

    @Test
    void insertedLinesHaveNothingOnTheLeft() {
        FieldDiff diff = Diffs.field("Text", "one", "one\ntwo");
        assertThat(diff.lines()).extracting(FieldDiff.Line::kind).containsExactly("equal", "insert");
        assertThat(diff.lines().get(1).left()).isEmpty();
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        FieldDiff diff = Diffs.field("Text", "<b>a</b>", "<script>alert(1)</script>");
        assertThat(String.join("", diff.lines().get(0).right().stream().map(FieldDiff.Segment::text).toList()))
                .isEqualTo("<script>alert(1)</script>");
        assertThat(Diffs.segments("plain")).isEqualTo(List.of(new FieldDiff.Segment("plain", false)));
    }
}
