package org.herald.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;

import org.herald.i18n.Language;
import org.herald.i18n.Translator;

/**
 * What every template needs besides its own data: the language and its messages, the site's
 * name and menu, the request path, and the CSRF token for forms.
 *
 * @param path      the request path, without the language prefix for public pages
 * @param csrfName  the name of the CSRF form field, null when the page has no form
 * @param csrfToken the CSRF token, null when the page has no form
 * @param username  the signed-in user, null for readers
 * @param assets    maps an asset path ("/assets/site.css") to its versioned URL
 */
public record PageContext(Language language, Translator messages, String siteName, List<MenuLink> menu, String path,
                          List<Language> languages, String csrfName, String csrfToken, String username,
                          Function<String, String> assets) {

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

    /** A date in the language's long form ("28 November 2026"), or "Date unknown". */
    public String date(LocalDate date) {
        if (date == null) {
            return t("date.unknown");
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(language.locale()));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneId.of("UTC")).toInstant()));
    }

    /** A country's name in the page's language. */
    public String country(String code) {
        return new java.util.Locale("", code).getDisplayCountry(language.locale());
    }

    /** Whether the menu link leads to the current page or one of its sub-pages. */
    public boolean current(MenuLink link) {
        String full = "/" + language.code() + path;
        return full.equals(link.href()) || full.startsWith(link.href() + "/");
    }
}
