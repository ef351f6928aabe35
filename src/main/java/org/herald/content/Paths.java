package org.herald.content;

import org.herald.i18n.Language;

/** Public URL paths of content: articles live under /news, vacancies under /vacancies, pages right under the language. */
public final class Paths {

    private Paths() {
    }

    public static String of(ContentType type, Language language, String slug) {
        return switch (type) {
            case ARTICLE -> "/" + language.code() + "/news/" + slug;
            case VACANCY -> "/" + language.code() + "/vacancies/" + slug;
            case PAGE -> "/" + language.code() + "/" + slug;
        };
    }
}
