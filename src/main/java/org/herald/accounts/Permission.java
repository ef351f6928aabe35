package org.herald.accounts;

/**
 * Something a role may be allowed to do in the back office. The order is the order of the
 * table in {@code docs/permissions.md}.
 */
public enum Permission {
    /** Open the back office at all: read the content list, the editor, the media library. */
    BACK_OFFICE,
    /** Create articles and pages, save new revisions, restore an old revision, submit for review. */
    CONTENT_EDIT,
    /** Translate content: create a translation of an item and save it. */
    TRANSLATE,
    /** Write comments on an item's review. */
    CONTENT_COMMENT,
    /** Approve an item in review, or send it back with a request for changes. */
    CONTENT_REVIEW,
    /** Publish, schedule, unpublish, archive and reopen content. */
    CONTENT_PUBLISH,
    /** Delete an item that has never been published. */
    CONTENT_DELETE,
    /** Create and revoke embargoed preview links, and see who opened them. */
    PREVIEW_SHARE,
    /** Upload images and documents, and describe them (alt text). */
    MEDIA_UPLOAD,
    /** Change the site menu. */
    MENU_EDIT,
    /** Create, change and disable user accounts and their roles. */
    USERS_MANAGE,
    /** Read the audit log. */
    AUDIT_READ,
    /** Import legacy archives, follow their progress, review and accept imported items. */
    IMPORT,
    /** Edit what imports recognize: the organizations a text may mention and the theme rules. */
    IMPORT_RULES,
    /** Create and revoke keys of the public JSON API, each with its own limit. */
    API_KEYS,
    /** Create the themes of What We Do, name and describe them in each language, and order them. */
    THEMES_EDIT,
    /** Edit where the organization works: regions, and each country's presence and membership. */
    PLACES_EDIT,
    /** Create and edit partner organizations and agreements, and the names imports recognize them by. */
    PARTNERS_EDIT,
    /** Pin published items and external links to the home page and to section pages, for a time. */
    HIGHLIGHTS_EDIT,
    /** Upload datasets (each upload a new version) and map their columns. */
    DATASETS_EDIT,
    /** Build the forms of Get involved and Take action: fields, texts in each language, office, retention. */
    FORMS_EDIT,
    /** Read the submissions of forms and export them as CSV. */
    SUBMISSIONS_READ,
    /** Delete every submission one person made, found by their e-mail address, on their request. */
    SUBMISSIONS_ERASE,
    /** Register webhook endpoints, choose their events, rotate their secrets, read their delivery log. */
    WEBHOOKS_MANAGE,
    /** Keep the press room's media lists of journalists, send releases to them, and read who got what. */
    MEDIA_LISTS_EDIT,
    /** Read the outbox: what was sent, to whom, each attempt, and the development mailbox. */
    OUTBOX_READ
}
