package org.herald.content;

/** How a page is laid out on the public site, beyond its own text and its child pages. */
public enum PageLayout {
    /** The page's text and its child pages. */
    STANDARD,
    /** Also the organization's profile facts ("Who we are"). */
    PROFILE,
    /** Also the countries where the organization works ("Where we work"). */
    COUNTRIES,
    /** Also the highlighted and latest news ("Highlights"). */
    NEWS,
    /** Also the Sustainable Development Goals, each with what is published on it ("2030 Agenda"). */
    GOALS,
    /** Also the themes of the organization's work, each with what is published on it ("What We Do"). */
    THEMES,
    /** Also the partner organizations and the agreements with them ("Partnerships"). */
    PARTNERS,
    /** Also the datasets, the indicators and the latest figures ("Data and Research"). */
    DATA,
    /** Also the open vacancies ("Work with us"). */
    VACANCIES;

    public String messageKey() {
        return "layout." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
