package org.herald.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back office's sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String wait, @RequestParam(required = false) String expired,
                 Model model) {
        model.addAttribute("error", error == null ? null : "failed");
        model.addAttribute("logout", logout == null ? null : "done");
        model.addAttribute("wait", TwoFactorLoginController.wait(wait));
        model.addAttribute("expired", expired != null);
        return "accounts/login";
    }
}
