package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void titlesBecomeReadableAsciiSlugsInAnyScript() {
        assertThat(Slugs.slugify("IOM to Sign MoU with Commonwealth of Independent States"))
                .isEqualTo("iom-to-sign-mou-with-commonwealth-of-independent-states");
        assertThat(Slugs.slugify("2030 Agenda")).isEqualTo("2030-agenda");
        assertThat(Slugs.slugify("L'OIM signe un protocole d'accord à Genève")).isEqualTo("l-oim-signe-un-protocole-d-accord-a-geneve");
        assertThat(Slugs.slugify("МОМ подпишет меморандум с СНГ")).isEqualTo("mom-podpiset-memorandum-s-sng");
        assertThat(Slugs.slugify("المنظمة الدولية للهجرة")).matches("[a-z0-9-]+").isNotEmpty();
        assertThat(Slugs.slugify("国际移民组织")).matches("[a-z0-9-]+").isNotEmpty();
        assertThat(Slugs.slugify("!!!")).isEqualTo("item");
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void validSlugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.isValid("who-we-are")).isTrue();
        assertThat(Slugs.isValid("россия-и-снг")).isTrue();
        assertThat(Slugs.isValid("Who-We-Are")).isFalse();
        assertThat(Slugs.isValid("two--hyphens")).isFalse();
        assertThat(Slugs.isValid("-leading")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
    }
}
