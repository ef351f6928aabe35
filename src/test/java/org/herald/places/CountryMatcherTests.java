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

    @Test
    void anArabicNameIsFoundWithTheOneLetterWordsWrittenOntoIt() {
        NameIndex<String> names = new NameIndex<>(java.util.Map.of("الأردن", "JO", "مصر", "EG", "لبنان", "LB",
                "كندا", "CA"), false);
        assertThat(names.find("يعيش في الأردن ومصر، وبالأردن وبمصر، للأردن ولبنان وكندا وبكندا")
                .stream().map(NameIndex.Match::value).toList())
                .containsExactly("JO", "EG", "JO", "EG", "JO", "LB", "CA", "CA");
        assertThat(names.find("والأردنيون ومصري وبنان يبنان لأردن").stream().map(NameIndex.Match::value).toList())
                .as("not inside a longer word, nor from a word's own first letters").isEmpty();
    }
}
