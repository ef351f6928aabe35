package org.herald.accounts;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.AccountException;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.ManageUsers;
import org.herald.accounts.PasswordPolicy;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.accounts.Role;
import org.herald.accounts.UserDirectory;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accounts, for administrators: create, change role, disable or enable, set a new password, remove 2FA. */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.USERS_MANAGE)
class UserAdminController {

    private final UserDirectory users;
    private final ManageUsers manage;
    private final PasswordPolicy policy;
    private final CurrentActor actors;

    UserAdminController(UserDirectory users, ManageUsers manage, PasswordPolicy policy, CurrentActor actors) {
        this.users = users;
        this.manage = manage;
        this.policy = policy;
        this.actors = actors;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "accounts/users";
    }

    @GetMapping("/admin/users/new")
    String form(Model model) {
        return newUser(model, new ManageUsers.NewUser("", "", "", Role.AUTHOR, ""), Map.of());
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String role,
                  @RequestParam(required = false) String password, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        ManageUsers.NewUser user = new ManageUsers.NewUser(username, displayName, email, role(role), password);
        try {
            long id = manage.create(actors.of(request), user);
            return "redirect:/admin/users/" + id + "?created";
        } catch (AccountException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newUser(model, new ManageUsers.NewUser(username, displayName, email, user.role(), ""),
                    Map.of(refused.field(), refused.messageKey()));
        }
    }

    @GetMapping("/admin/users/{userId}")
    String user(@PathVariable long userId, Model model) {
        return user(model, userId, Map.of());
    }

    @PostMapping("/admin/users/{userId}/role")
    String role(@PathVariable long userId, @RequestParam(required = false) String role, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        return change(model, request, response, userId, () -> manage.changeRole(actors.of(request), userId, role(role)));
    }

    @PostMapping("/admin/users/{userId}/disable")
    String disable(@PathVariable long userId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, request, response, userId, () -> manage.disable(actors.of(request), userId));
    }

    @PostMapping("/admin/users/{userId}/enable")
    String enable(@PathVariable long userId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, request, response, userId, () -> manage.enable(actors.of(request), userId));
    }

    @PostMapping("/admin/users/{userId}/password")
    String password(@PathVariable long userId, @RequestParam(required = false) String password, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        return change(model, request, response, userId,
                () -> manage.resetPassword(actors.of(request), userId, password));
    }

    @PostMapping("/admin/users/{userId}/two-factor/remove")
    String removeTwoFactor(@PathVariable long userId, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        return change(model, request, response, userId, () -> manage.removeSecondFactor(actors.of(request), userId));
    }

    private String change(Model model, HttpServletRequest request, HttpServletResponse response, long userId,
                          Runnable change) {
        users.get(userId);
        try {
            change.run();
            return "redirect:/admin/users/" + userId + "?saved";
        } catch (AccountException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return user(model, userId, Map.of(refused.field(), refused.messageKey()));
        }
    }

    private String user(Model model, long userId, Map<String, String> errors) {
        model.addAttribute("user", users.get(userId));
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", policy.minLength());
        return "accounts/user";
    }

    private String newUser(Model model, ManageUsers.NewUser user, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", policy.minLength());
        return "accounts/user-new";
    }

    private static Role role(String raw) {
        try {
            return raw == null ? null : Role.valueOf(raw);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
