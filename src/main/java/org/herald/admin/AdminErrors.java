package org.herald.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.AccountException;
import org.herald.content.ContentValidationException;
import org.herald.content.MissingAltTextException;
import org.herald.content.ScheduleException;
import org.herald.content.StaleEditException;
import org.herald.content.TransitionNotAllowedException;
import org.herald.media.UploadRefusedException;
import org.herald.newsroom.PreviewException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.herald.site.PageContext;
import org.herald.site.PageContexts;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refused back-office change into a page that says why, with the right status and a
 * way back: a move the item's state does not allow (409), images without alt text (409), a
 * bad schedule or preview link (400), a save on an outdated version (409).
 */
@ControllerAdvice(basePackages = "org.herald.admin")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private final PageContexts contexts;

    AdminErrors(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler(TransitionNotAllowedException.class)
    ModelAndView transition(TransitionNotAllowedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.transition() == null) {
            return problem(response, 409, "problem.state", List.of(e.status().messageKey()), request);
        }
        return problem(response, 409, "problem.transition", List.of(e.transition().messageKey(),
                e.status().messageKey()), request);
    }

    @ExceptionHandler(MissingAltTextException.class)
    ModelAndView altText(MissingAltTextException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 409, "problem.alt-text", List.of(new Literal(String.join(", ", e.fileNames()))),
                request);
    }

    @ExceptionHandler(ScheduleException.class)
    ModelAndView schedule(ScheduleException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 400, e.messageKey(), List.of(), request);
    }

    @ExceptionHandler(PreviewException.class)
    ModelAndView preview(PreviewException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 400, e.messageKey(), List.of(), request);
    }

    @ExceptionHandler(UploadRefusedException.class)
    ModelAndView media(UploadRefusedException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 400, e.messageKey(), java.util.Arrays.stream(e.args()).map(Literal::new)
                .map(Object.class::cast).toList(), request);
    }

    @ExceptionHandler(AccountException.class)
    ModelAndView account(AccountException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 400, e.messageKey(), List.of(), request);
    }

    @ExceptionHandler(ContentValidationException.class)
    ModelAndView invalid(ContentValidationException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 400, e.errors().values().iterator().next(), List.of(), request);
    }

    @ExceptionHandler(StaleEditException.class)
    ModelAndView stale(HttpServletRequest request, HttpServletResponse response) {
        return problem(response, 409, "problem.stale", List.of(), request);
    }

    /** A message argument shown as it is; any other (String) argument is a message key, shown translated. */
    record Literal(Object value) {
    }

    /** The problem page, in the request's language. */
    ModelAndView problem(HttpServletResponse response, int status, String key, List<Object> args,
                         HttpServletRequest request) {
        response.setStatus(status);
        PageContext ctx = contexts.of(request);
        Object[] shown = args.stream().map(arg -> arg instanceof Literal literal ? literal.value() : ctx.t((String) arg))
                .toArray();
        ModelAndView view = new ModelAndView("admin/problem");
        view.addObject("ctx", ctx);
        view.addObject("problem", new Problem(status, ctx.t(key, shown), back(request.getRequestURI())));
        return view;
    }

    /** The page the request came from: the item's editor for item actions, else the section's list. */
    static String back(String uri) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("^(/admin/(?:content|media|users)/[^/]+)")
                .matcher(uri);
        return item.find() && !uri.startsWith("/admin/content/new") ? item.group(1) : "/admin";
    }
}
