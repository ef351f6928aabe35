package org.herald.careers;

import org.herald.content.PublishedSummary;

/** A published vacancy as lists show it: its version in the reader's language (else its original) and its terms. */
public record VacancyListing(PublishedSummary item, VacancyTerms terms) {
}
