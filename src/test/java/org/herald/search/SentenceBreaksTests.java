package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The highlighter's passages are cut at sentence ends in every script, and between lines. */
class SentenceBreaksTests {

    static List<String> sentences(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    @Test
    void cutsAfterStopsAndTheSpacesThatFollow() {
        assertThat(sentences("IOM signs a MoU. The CIS hosts 12.5 million migrants! Why?  Because."))
                .containsExactly("IOM signs a MoU. ", "The CIS hosts 12.5 million migrants! ", "Why?  ", "Because.");
    }

    @Test
    void cutsAfterChineseAndArabicStopsAndAtLineBreaks() {
        assertThat(sentences("国际移民组织签署备忘录。俄罗斯接收移民。")).containsExactly("国际移民组织签署备忘录。", "俄罗斯接收移民。");
        assertThat(sentences("هل توقع المنظمة؟ نعم")).containsExactly("هل توقع المنظمة؟ ", "نعم");
        assertThat(sentences("First paragraph\nSecond paragraph")).containsExactly("First paragraph\n",
                "Second paragraph");
    }

    @Test
    void findsTheSentenceAroundAnOffset() {
        BreakIterator breaks = new SentenceBreaks();
        String text = "One. Two words. Three.";
        breaks.setText(text);
        int inTwo = text.indexOf("words");
        assertThat(breaks.preceding(inTwo)).isEqualTo(5);
        assertThat(breaks.following(inTwo)).isEqualTo(16);
        assertThat(breaks.current()).isEqualTo(16);
        assertThat(breaks.preceding(5)).isZero();
        assertThat(breaks.following(16)).isEqualTo(text.length());
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.previous()).isEqualTo(16);
    }

    @Test
    void aTextWithoutStopsIsOneSentence() {
        assertThat(sentences("no stop here")).containsExactly("no stop here");
        assertThat(sentences("")).isEmpty();
    }
}
