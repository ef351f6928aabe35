package org.herald.partners;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.media.MediaLibrary;
import org.herald.places.Countries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or edits an agreement from its form: a known kind and status, at least one partner among
 * the parties (each a known partner's code), dates that are dates and an end not before the
 * start, known countries, documents that are in the media library, and releases that are published
 * articles. A refused form changes nothing and says, field by field, what is wrong.
 */
@Component
class SaveAgreement {

    private static final int LONGEST = 200;

    private final AgreementStore store;
    private final Partners partners;
    private final Countries countries;
    private final MediaLibrary media;
    private final PublishedContent content;
    private final AuditLog audit;
    private final ChangeLog changes;

    SaveAgreement(AgreementStore store, Partners partners, Countries countries, MediaLibrary media,
                  PublishedContent content, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.partners = partners;
        this.countries = countries;
        this.media = media;
        this.content = content;
        this.audit = audit;
        this.changes = changes;
    }

    /** The new agreement's slug. */
    @Transactional
    String create(Actor actor, AgreementForm form) {
        actor.require(Permission.PARTNERS_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        AgreementStore.Fields fields = fields(form, errors);
        String slug = slug(form, fields, null, errors);
        long id = store.insert(slug, fields);
        audit.record(actor, "agreement.create", Partners.AGREEMENT, id, slug);
        changes.record(Partners.AGREEMENT, id, null, "created");
        return slug;
    }

    /** The agreement's slug after the edit. */
    @Transactional
    String edit(Actor actor, Agreement agreement, AgreementForm form) {
        actor.require(Permission.PARTNERS_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        AgreementStore.Fields fields = fields(form, errors);
        String slug = slug(form, fields, agreement.id(), errors);
        store.update(agreement.id(), slug, fields);
        audit.record(actor, "agreement.edit", Partners.AGREEMENT, agreement.id(), slug);
        changes.record(Partners.AGREEMENT, agreement.id(), null, "edited");
        return slug;
    }

    /** The slug typed (which no other agreement may have), else one made from the parties and the kind. */
    private String slug(AgreementForm form, AgreementStore.Fields fields, Long id, Map<String, String> errors) {
        String slug = form.slug().toLowerCase(Locale.ROOT);
        if (!slug.isEmpty() && !slug.matches("[a-z0-9][a-z0-9-]{0,199}")) {
            errors.put("slug", "error.agreement.slug");
        } else if (!slug.isEmpty() && store.slugTaken(slug, id)) {
            errors.put("slug", "error.agreement.slug-taken");
        }
        if (!errors.isEmpty()) {
            throw new PartnerRefused(errors);
        }
        return slug.isEmpty() ? store.freeSlug(made(fields)) : slug;
    }

    private String made(AgreementStore.Fields fields) {
        Map<Long, Partner> byId = partners.byId();
        List<String> parts = new ArrayList<>();
        fields.parties().stream().filter(party -> !party.organization())
                .forEach(party -> parts.add(byId.get(party.partnerId()).code()));
        parts.add(fields.kind().slug());
        return String.join("-", parts);
    }

    private AgreementStore.Fields fields(AgreementForm form, Map<String, String> errors) {
        AgreementKind kind = AgreementKind.parse(form.kind()).orElse(null);
        if (kind == null) {
            errors.put("kind", "error.agreement.kind");
        }
        AgreementStatus status = AgreementStatus.parse(form.status()).orElse(null);
        if (status == null) {
            errors.put("status", "error.agreement.status");
        }
        if (form.place().length() > LONGEST) {
            errors.put("place", "error.agreement.too-long");
        }
        LocalDate signed = date(form.signedOn(), "signed-on", errors);
        LocalDate starts = date(form.startsOn(), "starts-on", errors);
        LocalDate ends = date(form.endsOn(), "ends-on", errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.put("ends-on", "error.agreement.ends-before-start");
        }
        List<Party> parties = parties(form, errors);
        List<String> unknown = form.countries().stream().filter(code -> !countries.exists(code)).toList();
        if (!unknown.isEmpty()) {
            errors.put("countries", "error.agreement.country-unknown");
        }
        List<String> documents = new ArrayList<>();
        for (String document : form.documents()) {
            Optional<String> key = MediaLibrary.keyOf(document).or(() -> Optional.of(document))
                    .filter(k -> media.find(k).isPresent());
            key.ifPresentOrElse(documents::add, () -> errors.putIfAbsent("documents", "error.agreement.document-unknown"));
        }
        List<UUID> releases = new ArrayList<>();
        for (String release : form.releases()) {
            release(release).ifPresentOrElse(view -> releases.add(view.translationGroup()),
                    () -> errors.putIfAbsent("releases", "error.agreement.release-unknown"));
        }
        return new AgreementStore.Fields(kind, status, form.place().isEmpty() ? null : form.place(), signed, starts, ends,
                parties, form.countries(), documents.stream().distinct().toList(), releases.stream().distinct().toList());
    }

    /** The organization (when ticked) and the partners, in the form's order; at least one partner. */
    private List<Party> parties(AgreementForm form, Map<String, String> errors) {
        List<Party> parties = new ArrayList<>();
        if (form.organizationParty()) {
            parties.add(new Party(null, orNull(form.organizationSignatory()), orNull(form.organizationSignatoryTitle())));
        }
        Map<String, Partner> byCode = new LinkedHashMap<>();
        partners.all().forEach(partner -> byCode.put(partner.code(), partner));
        for (String line : form.parties()) {
            String[] parts = line.split(";", -1);
            Partner partner = byCode.get(parts[0].strip().toLowerCase(Locale.ROOT));
            if (partner == null) {
                errors.putIfAbsent("parties", "error.agreement.party-unknown");
                continue;
            }
            String signatory = parts.length > 1 ? orNull(parts[1].strip()) : null;
            String title = parts.length > 2 ? orNull(parts[2].strip()) : null;
            if ((signatory != null && signatory.length() > LONGEST) || (title != null && title.length() > LONGEST)) {
                errors.putIfAbsent("parties", "error.agreement.too-long");
            }
            parties.add(new Party(partner.id(), signatory, title));
        }
        if (parties.stream().noneMatch(party -> !party.organization()) && !errors.containsKey("parties")) {
            errors.put("parties", "error.agreement.parties-required");
        }
        if (parties.stream().map(Party::partnerId).filter(java.util.Objects::nonNull).distinct().count()
                < parties.stream().filter(party -> !party.organization()).count()) {
            errors.putIfAbsent("parties", "error.agreement.party-twice");
        }
        return parties;
    }

    /** A published article by its address ("/en/news/slug") or its English slug. */
    private Optional<PublishedView> release(String typed) {
        String path = typed.replaceFirst("^https?://[^/]+", "");
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^/([a-z]{2})/news/([^/?#]+)$").matcher(path);
        Language language = Language.EN;
        String slug = path;
        if (matcher.matches()) {
            Optional<Language> named = Language.fromCode(matcher.group(1));
            if (named.isEmpty()) {
                return Optional.empty();
            }
            language = named.get();
            slug = matcher.group(2);
        }
        return content.find(ContentType.ARTICLE, language, slug);
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            errors.put(field, "error.agreement.date");
            return null;
        }
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
