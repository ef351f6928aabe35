package org.herald.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.NotPermittedException;
import org.herald.content.ContentNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps what goes wrong in a page request to an error page in the site's style, with the right
 * status and a sentence saying what to do. Never a stack trace: unexpected failures are logged
 * and shown as a plain 500 page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageContexts contexts;

    ErrorPages(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler({NotFoundException.class, ContentNotFoundException.class, NoResourceFoundException.class,
            NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 404, "error.404.title", "error.404.message");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response) {
        PageContext ctx = contexts.of(request);
        return render(ctx, response, new ErrorInfo(400, ctx.t("error.400.title"), ctx.t(e.messageKey(), e.args())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                              HttpServletResponse response) {
        PageContext ctx = contexts.of(request);
        return render(ctx, response, new ErrorInfo(400, ctx.t("error.400.title"),
                ctx.t("error.parameter.malformed", e.getName())));
    }

    /** A form or query that cannot be bound at all (a list of numbers with a word in it). */
    @ExceptionHandler(BindException.class)
    ModelAndView unbindable(BindException e, HttpServletRequest request, HttpServletResponse response) {
        PageContext ctx = contexts.of(request);
        String field = e.getFieldError() == null ? "?" : e.getFieldError().getField();
        return render(ctx, response, new ErrorInfo(400, ctx.t("error.400.title"),
                ctx.t("error.parameter.malformed", field)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request,
                         HttpServletResponse response) {
        PageContext ctx = contexts.of(request);
        return render(ctx, response, new ErrorInfo(400, ctx.t("error.400.title"),
                ctx.t("error.parameter.missing", e.getParameterName())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 405, "error.405.title", "error.405.message");
    }

    @ExceptionHandler(NotPermittedException.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 403, "error.403.title", "error.403.message");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(request, response, 500, "error.500.title", "error.500.message");
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String message) {
        PageContext ctx = contexts.of(request);
        return render(ctx, response, new ErrorInfo(status, ctx.t(title), ctx.t(message)));
    }

    static ModelAndView render(PageContext ctx, HttpServletResponse response, ErrorInfo error) {
        response.setStatus(error.status());
        ModelAndView view = new ModelAndView("site/error");
        view.addObject("ctx", ctx);
        view.addObject("error", error);
        return view;
    }
}
