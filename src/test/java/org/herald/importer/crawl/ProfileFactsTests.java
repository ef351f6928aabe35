package org.herald.importer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.herald.importer.crawl.ProfileFacts.Fact;
import org.junit.jupiter.api.Test;

class ProfileFactsTests {

    private static final String WHO_WE_ARE = "The International Organization for Migration (IOM) is part of the "
            + "United Nations System as the leading inter-governmental organization promoting since 1951 humane and "
            + "orderly migration for the benefit of all, with 175 member states and a presence in 171 countries.";

    @Test
    void readsTheSixFactsOfTheSeedTeaser() {
        assertThat(ProfileFacts.extract(WHO_WE_ARE)).containsExactly(
                new Fact("name", null, "International Organization for Migration", WHO_WE_ARE),
                new Fact("acronym", null, "IOM", WHO_WE_ARE),
                new Fact("part_of", null, "United Nations System", WHO_WE_ARE),
                new Fact("founded", 1951L, null, WHO_WE_ARE),
                new Fact("member_states", 175L, null, WHO_WE_ARE),
                new Fact("countries_of_presence", 171L, null, WHO_WE_ARE));
    }

    @Test
    void readsTheTeaserFromTheSeedPage() {
        String teaser = new CrawledTextParser().parse(seedTeaserPage()).navigation().get(0).teaser();

        assertThat(ProfileFacts.extract(teaser)).extracting(Fact::key).containsExactly(
                "name", "acronym", "part_of", "founded", "member_states", "countries_of_presence");
    }

    @Test
    void readsAnotherOrganizationsSentences() {
        String text = "Welcome. The World Health Organization (WHO) was established in 1948. "
                + "It has 194 Member States and offices in 150 countries.";

        List<Fact> facts = ProfileFacts.extract(text);

        assertThat(facts).extracting(Fact::key, Fact::number, Fact::value).containsExactly(
                tuple("name", null, "World Health Organization"),
                tuple("acronym", null, "WHO"),
                tuple("founded", 1948L, null),
                tuple("member_states", 194L, null),
                tuple("countries_of_presence", 150L, null));
        assertThat(facts.get(0).statement()).isEqualTo("The World Health Organization (WHO) was established in 1948.");
        assertThat(facts.get(3).statement()).isEqualTo("It has 194 Member States and offices in 150 countries.");
    }

    @Test
    void findsNoNumberInASentenceWithoutNumbers() {
        List<Fact> facts = ProfileFacts.extract(
                "The Example Relief Agency (ERA) is part of the Red Cross and Red Crescent Movement, and helps people.");

        assertThat(facts).extracting(Fact::number).containsOnlyNulls();
        assertThat(facts).extracting(Fact::key, Fact::value).containsExactly(
                tuple("name", "Example Relief Agency"),
                tuple("acronym", "ERA"),
                tuple("part_of", "Red Cross and Red Crescent Movement"));
    }

    @Test
    void takesNoBoundAsACount() {
        assertThat(ProfileFacts.extract("We have more than 170 member states and work in over 100 countries."))
                .isEmpty();
    }

    @Test
    void statesARepeatedFactOnce() {
        assertThat(ProfileFacts.extract("Founded in 1951, we grew. We have worked since 1951.")).singleElement()
                .isEqualTo(new Fact("founded", 1951L, null, "Founded in 1951, we grew."));
    }

    private static String seedTeaserPage() {
        return "-\nWho we are\nWHO WE ARE" + WHO_WE_ARE + "\nTitle\n";
    }
}
