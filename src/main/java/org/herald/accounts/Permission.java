package org.herald.accounts;

/** Something a role may be allowed to do in the back office. */
public enum Permission {
    /** Open the back office at all. */
    BACK_OFFICE,
    /** Create articles and pages and save new revisions of them. */
    CONTENT_EDIT,
    /** Translate content: create a translation of an item and save it. */
    TRANSLATE,
    /** Publish and unpublish content. */
    CONTENT_PUBLISH,
    /** Change the site menu. */
    MENU_EDIT,
    /** Create, change and disable user accounts and their roles. */
    USERS_MANAGE,
    /** Read the audit log. */
    AUDIT_READ
}
