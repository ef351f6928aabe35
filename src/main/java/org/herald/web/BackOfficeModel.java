package org.herald.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office page ({@link BackOfficeScreen}) its {@link AdminView} as {@code view}. */
@ControllerAdvice(annotations = BackOfficeScreen.class)
class BackOfficeModel {

    private final BackOffice backOffice;

    BackOfficeModel(BackOffice backOffice) {
        this.backOffice = backOffice;
    }

    @ModelAttribute("view")
    AdminView view(@ModelAttribute("ctx") PageContext ctx, HttpServletRequest request) {
        return backOffice.view(ctx, request);
    }
}
