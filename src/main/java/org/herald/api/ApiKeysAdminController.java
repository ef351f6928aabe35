package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's API keys: the list, a form to make one (its key shown once, on the page
 * that answers the form, never in an address), and a button to revoke each.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.API_KEYS)
class ApiKeysAdminController {

    private final ApiKeys keys;
    private final CreateApiKey create;
    private final RevokeApiKey revoke;
    private final CurrentActor actors;
    private final ApiProperties properties;

    ApiKeysAdminController(ApiKeys keys, CreateApiKey create, RevokeApiKey revoke, CurrentActor actors,
                           ApiProperties properties) {
        this.keys = keys;
        this.create = create;
        this.revoke = revoke;
        this.actors = actors;
        this.properties = properties;
    }

    @GetMapping("/admin/api-keys")
    String list(Model model, HttpServletRequest request) {
        return page(model, request, null, null);
    }

    @PostMapping("/admin/api-keys")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String perMinute,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            CreateApiKey.NewKey made = create.create(actors.of(request), name, limit(perMinute));
            return page(model, request, made.key(), null);
        } catch (ApiKeyException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, null, invalid.getMessage());
        }
    }

    @PostMapping("/admin/api-keys/{keyId}/revoke")
    String revoke(@PathVariable long keyId, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            revoke.revoke(actors.of(request), keyId);
            return "redirect:/admin/api-keys?revoked";
        } catch (ApiKeyException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, null, invalid.getMessage());
        }
    }

    private String page(Model model, HttpServletRequest request, String newKey, String problem) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("newKey", newKey);
        model.addAttribute("problem", problem);
        model.addAttribute("defaultLimit", properties.keyPerMinute());
        return "api/keys";
    }

    private static int limit(String raw) {
        try {
            return Integer.parseInt(raw == null ? "" : raw.trim());
        } catch (NumberFormatException notANumber) {
            throw new ApiKeyException("admin.api-keys.error.limit");
        }
    }
}
