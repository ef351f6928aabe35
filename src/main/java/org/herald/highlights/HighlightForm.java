package org.herald.highlights;

/** The "pin" form as typed, sent back with its errors when it is refused. */
public record HighlightForm(String place, String item, String linkUrl, String linkTitle, String image,
                            String imageAlt, String imageCredit, String language, String startsAt, String endsAt) {

    static HighlightForm blank(String startsAt) {
        return new HighlightForm(Highlights.HOME, "", "", "", "", "", "", "", startsAt, "");
    }
}
