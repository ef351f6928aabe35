package org.herald.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * A back-office role and the permissions it grants. The written table is
 * {@code docs/permissions.md}; {@code RoleTests} keeps the two in step.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    EDITOR(EnumSet.of(Permission.BACK_OFFICE, Permission.CONTENT_EDIT, Permission.TRANSLATE,
            Permission.CONTENT_COMMENT, Permission.CONTENT_REVIEW, Permission.CONTENT_PUBLISH, Permission.CONTENT_DELETE,
            Permission.PREVIEW_SHARE, Permission.MEDIA_UPLOAD, Permission.MENU_EDIT, Permission.IMPORT,
            Permission.THEMES_EDIT, Permission.PLACES_EDIT, Permission.PARTNERS_EDIT,
            Permission.HIGHLIGHTS_EDIT, Permission.DATASETS_EDIT, Permission.FORMS_EDIT, Permission.SUBMISSIONS_READ,
            Permission.MEDIA_LISTS_EDIT)),
    AUTHOR(EnumSet.of(Permission.BACK_OFFICE, Permission.CONTENT_EDIT, Permission.TRANSLATE,
            Permission.CONTENT_COMMENT, Permission.MEDIA_UPLOAD)),
    /** Translations only (and reading the back office). */
    TRANSLATOR(EnumSet.of(Permission.BACK_OFFICE, Permission.TRANSLATE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The message key of the role's name: "role." and the role in lower case. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
