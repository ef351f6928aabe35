package org.herald.accounts;

import java.util.Arrays;
import java.util.List;

/**
 * The back office's areas and the permission each needs at the least, for Spring Security's
 * rules: a whole path prefix is refused to roles without it before any controller runs, on the
 * same decoded, normalized path that Spring MVC matches. Each route still checks its own, finer
 * permission ({@link RequiresPermission}), and each action its own again. More specific
 * prefixes come first.
 */
enum BackOfficeAreas {
    IMPORT_RULES("/admin/import/rules", Permission.IMPORT_RULES),
    IMPORT("/admin/import", Permission.IMPORT),
    USERS("/admin/users", Permission.USERS_MANAGE),
    AUDIT("/admin/audit", Permission.AUDIT_READ),
    MENU("/admin/menu", Permission.MENU_EDIT),
    TRANSLATIONS("/admin/translations", Permission.TRANSLATE),
    API_KEYS("/admin/api-keys", Permission.API_KEYS),
    WEBHOOKS("/admin/webhooks", Permission.WEBHOOKS_MANAGE),
    OUTBOX("/admin/outbox", Permission.OUTBOX_READ),
    MEDIA_LISTS("/admin/media-lists", Permission.MEDIA_LISTS_EDIT),
    THEMES("/admin/themes", Permission.THEMES_EDIT),
    WHERE_WE_WORK("/admin/where-we-work", Permission.PLACES_EDIT),
    OFFICES("/admin/offices", Permission.PLACES_EDIT),
    PARTNERS("/admin/partners", Permission.PARTNERS_EDIT),
    AGREEMENTS("/admin/agreements", Permission.PARTNERS_EDIT),
    BACK_OFFICE("/admin", Permission.BACK_OFFICE);

    private final String prefix;
    private final Permission permission;

    BackOfficeAreas(String prefix, Permission permission) {
        this.prefix = prefix;
        this.permission = permission;
    }

    /** The prefix itself and everything under it. */
    String[] patterns() {
        return new String[] {prefix, prefix + "/**"};
    }

    /** The roles that have the area's permission, as Spring Security names them. */
    String[] roles() {
        return Arrays.stream(Role.values()).filter(role -> role.grants(permission)).map(Role::name)
                .toArray(String[]::new);
    }

    static List<BackOfficeAreas> mostSpecificFirst() {
        return List.of(values());
    }

    static boolean isBackOffice(String path) {
        return path.equals(BACK_OFFICE.prefix) || path.startsWith(BACK_OFFICE.prefix + "/");
    }
}
