package org.herald.importer.recover;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written in a line: ISO ("2019-05-22"), Drupal's "Fri, 08/03/2018 - 09:20"
 * (month first, as Drupal writes it, unless the weekday says otherwise), "03.08.2018",
 * "22 May 2019", "May 22, 2019", "22 mai 2019", "22 de mayo de 2019", "22 мая 2019 г.", "22 مايو 2019",
 * "2019年5月22日", in ASCII digits or in the Arabic-Indic digits Arabic texts may use ("٢٢ مايو ٢٠١٩").
 * A day and month without a year is no date: the year is never guessed.
 */
final class DateFinder {

    /** A date found, with where it was in the line. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Month> MONTHS = monthNames();
    private static final String MONTH = Words.alternatives(MONTHS.keySet().stream());
    /** Arabic writes the day first: its months are not tried at every position of every line. */
    private static final String MONTH_BEFORE_DAY = Words.alternatives(MONTHS.keySet().stream()
            .filter(name -> Character.UnicodeScript.of(name.codePointAt(0)) != Character.UnicodeScript.ARABIC));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CHINESE = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SLASHED = Pattern.compile(
            "(?:\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b", FLAGS);
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?("
            + MONTH + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(" + MONTH_BEFORE_DAY
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);

    private DateFinder() {
    }

    static Optional<Found> find(String text) {
        String line = Words.asciiDigits(text);
        Matcher iso = ISO.matcher(line);
        if (iso.find()) {
            return yearMonthDay(iso);
        }
        if (line.indexOf('年') >= 0) {
            Matcher chinese = CHINESE.matcher(line);
            if (chinese.find()) {
                return yearMonthDay(chinese);
            }
        }
        Matcher slashed = SLASHED.matcher(line);
        if (slashed.find()) {
            return slashed(slashed);
        }
        Matcher dotted = DOTTED.matcher(line);
        if (dotted.find()) {
            return found(dotted, Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                    Integer.parseInt(dotted.group(1)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(line);
        if (dmy.find()) {
            return found(dmy, Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(line);
        if (mdy.find()) {
            return found(mdy, Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<Found> yearMonthDay(Matcher m) {
        return found(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static Optional<Found> slashed(Matcher m) {
        int first = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        Optional<Found> monthFirst = found(m, year, first, second);
        Optional<Found> dayFirst = found(m, year, second, first);
        if (m.group(1) != null) {
            String weekday = m.group(1).toLowerCase(Locale.ROOT);
            if (dayFirst.isPresent() && matches(dayFirst.get().date().getDayOfWeek(), weekday)
                    && !(monthFirst.isPresent() && matches(monthFirst.get().date().getDayOfWeek(), weekday))) {
                return dayFirst;
            }
        }
        return monthFirst.isPresent() ? monthFirst : dayFirst;
    }

    private static boolean matches(DayOfWeek day, String prefix) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private static Optional<Found> found(Matcher m, int year, int month, int day) {
        try {
            return Optional.of(new Found(LocalDate.of(year, month, day), m.start(), m.end()));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")).getValue();
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (String language : List.of("en", "fr", "es", "ru", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE)) {
                    String name = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                    if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
                        names.putIfAbsent(name, month);
                    }
                }
            }
        }
        names.put("sept", Month.SEPTEMBER);
        return names;
    }
}
