package org.herald.importer.recover;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What the import reports about one item, field for field as {@code import --json} prints it.
 *
 * @param source   where the item comes from
 * @param status   imported, updated, skipped, review or failed
 * @param kind     press-release, news, story, briefing-note or page; null when unknown
 * @param language the language's code; null when unknown
 * @param date     ISO 8601 day, null when the source states none
 * @param dateline the dateline, null when there is none
 * @param warnings what the import could not be sure of (the item then goes to review)
 * @param error    why the item failed; null otherwise
 */
public record ImportRecord(String source, String status, String kind, String language, String title, String date,
                           DatelineField dateline, List<String> countries, List<String> organizations,
                           List<ContactField> contacts, List<FigureField> figures, List<String> themes,
                           List<String> warnings, String error) {

    /** A dateline's city and the ISO code of its country (null when unknown). */
    public record DatelineField(String city, String country) {
    }

    /** A media contact with phones in E.164 and emails. */
    public record ContactField(String name, String office, List<String> phones, List<String> emails) {
    }

    /** A figure stated in the text. */
    public record FigureField(String country, BigDecimal value, String unit, String qualifier, String text) {
    }

    /** What happened to an item; the record holds its {@link #code()}. */
    public enum Status {
        IMPORTED, UPDATED, SKIPPED, REVIEW, FAILED;

        /** As the record and {@code import --json} show it: "imported". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** The record of an item that could not be imported. */
    public static ImportRecord failed(String source, String error) {
        return new ImportRecord(source, Status.FAILED.code(), null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), error);
    }

    /** What happened to the item. */
    public Status outcome() {
        return Status.of(status);
    }

    /** The same record with another status. */
    public ImportRecord withStatus(Status newStatus) {
        return new ImportRecord(source, newStatus.code(), kind, language, title, date, dateline, countries, organizations,
                contacts, figures, themes, warnings, error);
    }
}
