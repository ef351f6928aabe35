package org.herald.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.herald.content.NewsPosition;
import org.herald.web.BadRequestException;

/**
 * The {@code cursor} of a list: an opaque token for the position after the last item of a
 * page, and the filters it was made for. It is validated rather than signed: whatever a client
 * puts in it, it can only name a position in what is public anyway, and a token that does not
 * parse, or that was made for other filters, is refused with a 400.
 */
final class ApiCursor {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "\u001f";

    private ApiCursor() {
    }

    /** The token for a position in the list with these filters. */
    static String encode(NewsPosition position, String filters) {
        String raw = String.join(SEPARATOR, VERSION, filters,
                position.releaseDate() == null ? "" : position.releaseDate().toString(),
                position.firstPublishedAt().toInstant().toString(), Long.toString(position.itemId()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names; a 400 when it is not one of ours or belongs to other filters. */
    static NewsPosition decode(String token, String filters) {
        if (token.length() > 400) {
            throw malformed();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw malformed();
        }
        if (!parts[1].equals(filters)) {
            throw new BadRequestException("error.api.cursor-filters");
        }
        try {
            LocalDate date = parts[2].isEmpty() ? null : LocalDate.parse(parts[2]);
            OffsetDateTime published = java.time.Instant.parse(parts[3]).atOffset(ZoneOffset.UTC);
            return new NewsPosition(date, published, Long.parseLong(parts[4]));
        } catch (DateTimeParseException | NumberFormatException broken) {
            throw malformed();
        }
    }

    private static BadRequestException malformed() {
        return new BadRequestException("error.api.cursor");
    }
}
