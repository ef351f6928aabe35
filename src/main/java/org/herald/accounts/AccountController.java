package org.herald.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.herald.accounts.AccountException;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.MyAccount;
import org.herald.accounts.PasswordPolicy;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user's own account: name, email and time zone, password, and two-factor sign-in. Setting up
 * 2FA keeps the new secret in the session until a code from the app confirms it.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.BACK_OFFICE)
class AccountController {

    static final String ENROLMENT = "herald.two-factor-enrolment";

    private final MyAccount account;
    private final PasswordPolicy policy;
    private final CurrentActor actors;

    AccountController(MyAccount account, PasswordPolicy policy, CurrentActor actors) {
        this.account = account;
        this.policy = policy;
        this.actors = actors;
    }

    @GetMapping("/admin/account")
    String show(Model model, HttpServletRequest request) {
        return page(model, request, Map.of(), null);
    }

    @PostMapping("/admin/account/profile")
    String profile(@RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                   @RequestParam(required = false) String timeZone, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return change(model, request, response, () -> account.updateProfile(actors.of(request), displayName, email,
                timeZone));
    }

    @PostMapping("/admin/account/password")
    String password(@RequestParam(required = false) String currentPassword,
                    @RequestParam(required = false) String newPassword, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        return change(model, request, response, () -> account.changePassword(actors.of(request), currentPassword,
                newPassword));
    }

    @PostMapping("/admin/account/two-factor")
    String beginTwoFactor(Model model, HttpServletRequest request, HttpSession session) {
        MyAccount.TwoFactorEnrolment enrolment = account.beginTwoFactor(actors.of(request));
        session.setAttribute(ENROLMENT, enrolment.secret());
        return page(model, request, Map.of(), enrolment);
    }

    @PostMapping("/admin/account/two-factor/confirm")
    String confirmTwoFactor(@RequestParam(required = false) String code, @RequestParam(required = false) String password,
                            Model model, HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        String secret = (String) session.getAttribute(ENROLMENT);
        try {
            account.confirmTwoFactor(actors.of(request), secret, code, password);
            session.removeAttribute(ENROLMENT);
            return "redirect:/admin/account?two-factor-on";
        } catch (AccountException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            MyAccount.TwoFactorEnrolment enrolment = secret == null ? null : account.enrolment(actors.of(request), secret);
            return page(model, request, Map.of(refused.field(), refused.messageKey()), enrolment);
        }
    }

    @PostMapping("/admin/account/two-factor/disable")
    String disableTwoFactor(@RequestParam(required = false) String password, Model model, HttpServletRequest request,
                            HttpServletResponse response) {
        return change(model, request, response, () -> account.disableTwoFactor(actors.of(request), password));
    }

    private String change(Model model, HttpServletRequest request, HttpServletResponse response, Runnable change) {
        try {
            change.run();
            return "redirect:/admin/account?saved";
        } catch (AccountException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, Map.of(refused.field(), refused.messageKey()), null);
        }
    }

    private String page(Model model, HttpServletRequest request, Map<String, String> errors,
                        MyAccount.TwoFactorEnrolment enrolment) {
        model.addAttribute("account", account.of(actors.of(request)));
        model.addAttribute("errors", errors);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("zones", ZONES);
        return "accounts/account";
    }

    /** The zones to choose from: every region zone the JDK knows ("Europe/Paris"), sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                    || zone.equals("UTC"))
            .sorted().toList();
}
