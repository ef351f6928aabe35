package org.herald.content;

import org.herald.i18n.Language;

/** Public URL paths of content: articles live under /news, pages right under the language. */
public final class Paths {

    private Paths() {
    }

    public static String of(ContentType type, Language language, String slug) {
        return type == ContentType.ARTICLE
                ? "/" + language.code() + "/news/" + slug
                : "/" + language.code() + "/" + slug;
    }
}
