package org.herald.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.i18n.Language;
import org.herald.outbox.MailChecks;
import org.herald.places.Countries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The changes press officers make to the media lists: a new list, a new journalist, a cleared bounce. */
@Component
class KeepMediaLists {

    private final MediaLists lists;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    KeepMediaLists(MediaLists lists, Countries countries, AuditLog audit, Clock clock) {
        this.lists = lists;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long createList(Actor actor, String name) {
        actor.require(Permission.MEDIA_LISTS_EDIT);
        String clean = text(name, "admin.media-lists.error.name");
        long id = lists.insertList(clean, OffsetDateTime.now(clock));
        audit.record(actor, "media_list.create", "media_list", id, clean);
        return id;
    }

    /**
     * @throws org.herald.outbox.MailRefusedException when the address is invalid
     * @throws MediaListException                     when a field is missing or unknown
     */
    @Transactional
    long addJournalist(Actor actor, String name, String email, String outlet, String beat, List<String> languages,
                       List<String> countryCodes, List<Long> memberOf) {
        actor.require(Permission.MEDIA_LISTS_EDIT);
        String clean = text(name, "admin.media-lists.error.name");
        String address = MailChecks.address(email);
        MailChecks.headerText(clean);
        List<String> langs = languages == null ? List.of() : languages.stream().filter(l -> !l.isBlank()).toList();
        List<String> codes = countryCodes == null ? List.of() : countryCodes.stream().filter(c -> !c.isBlank())
                .map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (!langs.stream().allMatch(l -> Language.fromCode(l).isPresent()) || !codes.stream().allMatch(countries::exists)) {
            throw new MediaListException("admin.media-lists.error.filters");
        }
        long id = lists.insertJournalist(clean, address, optional(outlet), optional(beat), langs, codes,
                OffsetDateTime.now(clock));
        for (long list : memberOf == null ? List.<Long>of() : memberOf) {
            lists.addMember(list, id);
        }
        audit.record(actor, "journalist.create", "journalist", id, clean + " <" + address + ">");
        return id;
    }

    @Transactional
    void clearBounce(Actor actor, long journalist) {
        actor.require(Permission.MEDIA_LISTS_EDIT);
        Journalist found = lists.journalist(journalist).orElseThrow(() -> new MediaListException("admin.media-lists.error.unknown"));
        lists.clear(journalist);
        audit.record(actor, "journalist.clear-bounce", "journalist", journalist, found.email());
    }

    private static String text(String value, String problem) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new MediaListException(problem);
        }
        return clean;
    }

    private static String optional(String value) {
        String clean = value == null ? "" : value.strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
