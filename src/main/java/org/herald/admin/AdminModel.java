package org.herald.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.UserDirectory;
import org.herald.web.BackOfficeScreen;
import org.herald.web.PageContext;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office page its {@link AdminView} as {@code view}. */
@ControllerAdvice(annotations = BackOfficeScreen.class)
class AdminModel {

    private final CurrentActor actors;
    private final UserDirectory users;

    AdminModel(CurrentActor actors, UserDirectory users) {
        this.actors = actors;
        this.users = users;
    }

    @ModelAttribute("view")
    AdminView view(@ModelAttribute("ctx") PageContext ctx, HttpServletRequest request) {
        Actor actor = actors.of(request);
        return new AdminView(actor, users.zoneOf(actor), ctx.language().locale());
    }
}
