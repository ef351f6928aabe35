package org.herald.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryMatcherTests {

    @Test
    void jdkNamesGetTheFormsTextsUse() {
        assertThat(CountryMatcher.variants("Bosnia & Herzegovina")).contains("Bosnia and Herzegovina");
        assertThat(CountryMatcher.variants("St. Lucia")).contains("Saint Lucia");
        assertThat(CountryMatcher.variants("Myanmar (Burma)")).contains("Myanmar");
        assertThat(CountryMatcher.variants("Côte d’Ivoire")).contains("Côte d'Ivoire");
    }
}
