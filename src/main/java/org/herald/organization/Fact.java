package org.herald.organization;

import java.time.LocalDate;

/**
 * One fact of the profile.
 *
 * @param key       what the fact is about: name, acronym, part_of, founded, member_states,
 *                  countries_of_presence
 * @param number    the value when it is a number
 * @param text      the value when it is text
 * @param asOf      the date the fact was true, null when the source does not say
 * @param statement the sentence the fact was stated in
 * @param source    where the fact comes from (a file, a page, a person)
 * @param language  the language of a text fact ("en"); null for numbers, which are the same in all
 */
public record Fact(String key, Long number, String text, LocalDate asOf, String statement, String source,
                   String language) {
}
