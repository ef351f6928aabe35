/**
 * Work with us: vacancies. A vacancy is a content item of type {@code VACANCY}, so that the
 * content module's editor, workflow (draft, review, scheduled, published), revisions, translations
 * and search carry it; what only a vacancy has (reference, grade, duty station, contract, languages,
 * opening and closing instants, how to apply) is a group field of the editor, kept here: the working
 * copy in {@code vacancy_terms}, the public copy in {@code published_vacancy}, copied when a version
 * of the vacancy is published. Whether a vacancy is open is computed from the clock at every read,
 * never by a job, and a cached list, feed or page is kept no longer than the next opening or
 * closing instant, so a vacancy closes on every node at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Careers")
package org.herald.careers;
