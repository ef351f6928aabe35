package org.herald.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteLanguagesTests {

    private final SiteLanguages languages = new SiteLanguages(new I18nProperties(List.of("en", "fr", "ru", "ar")));

    @Test
    void picksTheReadersBestLanguageByTheHeadersWeights() {
        assertThat(languages.negotiate("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(Language.FR);
        assertThat(languages.negotiate("de-DE, ru;q=0.5, en;q=0.3")).isEqualTo(Language.RU);
        assertThat(languages.negotiate("ar-EG")).isEqualTo(Language.AR);
        assertThat(languages.negotiate("zh-CN")).as("not offered: the default").isEqualTo(Language.EN);
    }

    @Test
    void aMissingOrMalformedHeaderGivesTheDefault() {
        assertThat(languages.negotiate(null)).isEqualTo(Language.EN);
        assertThat(languages.negotiate("")).isEqualTo(Language.EN);
        assertThat(languages.negotiate(";;;q=abc,,")).isEqualTo(Language.EN);
    }

    @Test
    void onlyEnabledLanguagesAnswerInUrls() {
        assertThat(languages.fromPath("fr")).contains(Language.FR);
        assertThat(languages.fromPath("zh")).isEmpty();
        assertThat(languages.fromPath("xx")).isEmpty();
    }

    @Test
    void anUnknownConfiguredLanguageStopsStartUp() {
        assertThatThrownBy(() -> new SiteLanguages(new I18nProperties(List.of("en", "de"))))
                .hasMessageContaining("'de'");
    }

    @Test
    void arabicIsRightToLeft() {
        assertThat(Language.AR.direction()).isEqualTo("rtl");
        assertThat(Language.EN.direction()).isEqualTo("ltr");
        assertThat(Language.RU.nativeName()).isEqualTo("Русский");
    }
}
