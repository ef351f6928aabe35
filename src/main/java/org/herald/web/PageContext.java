package org.herald.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.herald.i18n.Language;
import org.herald.i18n.LanguageLink;
import org.herald.i18n.Translator;

/**
 * What every template needs besides its own data: the language and its messages, the site's
 * name and menu, the page in the other languages, and the CSRF token for forms. Dates, numbers
 * and country and language names are formatted here, by the page language's rules (ICU).
 *
 * @param path          the request path, without the language prefix for public pages
 * @param languageLinks the page in each language it exists in (the switcher and hreflang)
 * @param baseUrl       scheme, host and port of this site, for absolute links
 * @param csrfName      the name of the CSRF form field, null when the page has no form
 * @param csrfToken     the CSRF token, null when the page has no form
 * @param username      the signed-in user, null for readers
 * @param zone          the zone times are shown in
 * @param assets        maps an asset path ("/assets/site.css") to its versioned URL
 * @param footer        the footer's legal pages and contact
 * @param trail         the breadcrumb's links between the home page and this page (this page, whose
 *                      title the layout knows, is not among them)
 */
public record PageContext(Language language, Translator messages, String siteName, List<MenuLink> menu, String path,
                          List<LanguageLink> languageLinks, String baseUrl, String csrfName, String csrfToken,
                          String username, ZoneId zone, Function<String, String> assets, SiteFooter footer,
                          List<MenuLink> trail) {

    public PageContext {
        trail = trail == null ? List.of() : List.copyOf(trail);
        footer = footer == null ? SiteFooter.EMPTY : footer;
    }

    /** A context whose breadcrumb leads straight from the home page to the page. */
    public PageContext(Language language, Translator messages, String siteName, List<MenuLink> menu, String path,
                       List<LanguageLink> languageLinks, String baseUrl, String csrfName, String csrfToken,
                       String username, ZoneId zone, Function<String, String> assets) {
        this(language, messages, siteName, menu, path, languageLinks, baseUrl, csrfName, csrfToken, username, zone,
                assets, SiteFooter.EMPTY, List.of());
    }

    /** The same context with this breadcrumb trail (a sub-page's section, a goal's agenda). */
    public PageContext withTrail(List<MenuLink> links) {
        return new PageContext(language, messages, siteName, menu, path, languageLinks, baseUrl, csrfName, csrfToken,
                username, zone, assets, footer, links);
    }

    /** The organization's logo: the uploaded one, else the placeholder mark. */
    public String logo() {
        return footer.logo() != null ? footer.logo() : asset("/assets/logo.svg");
    }

    /** Whether this is the home page, whose breadcrumb is itself alone. */
    public boolean home() {
        return "/".equals(path);
    }

    /** The message for a key in the page's language. */
    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    /** A site path in the page's language: {@code url("/news")} is "/en/news". */
    public String url(String path) {
        return "/" + language.code() + path;
    }

    public String asset(String path) {
        return assets.apply(path);
    }

    /** The same context for a page that exists in exactly these languages. */
    public PageContext withLanguageLinks(List<LanguageLink> links) {
        return new PageContext(language, messages, siteName, menu, path, links, baseUrl, csrfName, csrfToken, username,
                zone, assets, footer, trail);
    }

    /** The link that switches to a language and remembers the choice. */
    public String switchTo(LanguageLink link) {
        return "/language?to=" + link.language().code() + "&next="
                + java.net.URLEncoder.encode(link.path(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A date in the language's long form ("28 November 2026"), or "Date unknown". */
    public String date(LocalDate date) {
        if (date == null) {
            return t("date.unknown");
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneId.of("UTC")).toInstant()));
    }

    /** An instant as a date and time in the editor's zone, in the language's medium form. */
    public String dateTime(OffsetDateTime instant) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant.toInstant()));
    }

    /** A number with the language's digits and grouping ("12 345", "١٢٬٣٤٥"). */
    public String number(long value) {
        return NumberFormat.getInstance(locale()).format(value);
    }

    /** A value as written in a table: the language's digits and grouping, and its decimals ("1 234,5"). */
    public String number(java.math.BigDecimal value) {
        NumberFormat format = NumberFormat.getInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A year in the language's digits, ungrouped ("2024", "٢٠٢٤"). */
    public String year(int year) {
        NumberFormat format = NumberFormat.getInstance(locale());
        format.setGroupingUsed(false);
        return format.format(year);
    }

    /** A number as an axis or a legend shows it: short, in the language's words ("12M", "12 млн", "1200万"). */
    public String axis(double value) {
        CompactDecimalFormat format = CompactDecimalFormat.getInstance(locale(), CompactDecimalFormat.CompactStyle.SHORT);
        format.setMaximumSignificantDigits(3);
        return format.format(value);
    }

    /** A large number in words, as a reader says it ("12 million", "12 millions", "1200万"). */
    public String compact(long value) {
        return CompactDecimalFormat.getInstance(locale(), CompactDecimalFormat.CompactStyle.LONG).format(value);
    }

    /** A country's name in the page's language. */
    public String country(String code) {
        return new java.util.Locale("", code).getDisplayCountry(language.locale());
    }

    /** A language's name in the page's language ("anglais" on a French page). */
    public String languageName(Language other) {
        return other.locale().getDisplayLanguage(language.locale());
    }

    /** Whether the menu link leads to the current page or one of its sub-pages. */
    public boolean current(MenuLink link) {
        String full = "/" + language.code() + path;
        return full.equals(link.href()) || full.startsWith(link.href() + "/");
    }

    private ULocale locale() {
        return ULocale.forLocale(language.locale());
    }
}
