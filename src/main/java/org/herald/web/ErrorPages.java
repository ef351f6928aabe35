package org.herald.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that maps what goes wrong in a request to an answer with the right status and a
 * sentence saying what to do: an error page in the site's style, under {@code /api/} the API's
 * one error format, {@code {"error": "..."}} in English, and for a change refused on a
 * back-office screen ({@link BackOfficeScreen}) the problem page with a way back. Modules say
 * what their own exceptions mean through {@link Refusals}. Never a stack trace: unexpected
 * failures are logged and shown as a plain 500. A server error's page reads nothing from the
 * database, which may be its cause.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long a client should wait before trying again while the database is unavailable. */
    static final String UNAVAILABLE_RETRY_SECONDS = "5";

    private static final Pattern BACK_OFFICE_ITEM = Pattern.compile("^(/admin/(?:content|media|users)/[^/]+)");

    private final PageContexts contexts;
    private final Messages messages;
    private final List<Refusals> refusals;
    private final BackOffice backOffice;

    ErrorPages(PageContexts contexts, Messages messages, List<Refusals> refusals, BackOffice backOffice) {
        this.contexts = contexts;
        this.messages = messages;
        this.refusals = refusals;
        this.backOffice = backOffice;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 404, "error.404.message");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 400, e.messageKey(), e.args());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                              HttpServletResponse response) {
        return answer(request, response, 400, "error.parameter.malformed", e.getName());
    }

    /** A form or query that cannot be bound at all (a list of numbers with a word in it). */
    @ExceptionHandler(BindException.class)
    ModelAndView unbindable(BindException e, HttpServletRequest request, HttpServletResponse response) {
        String field = e.getFieldError() == null ? "?" : e.getFieldError().getField();
        return answer(request, response, 400, "error.parameter.malformed", field);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request,
                         HttpServletResponse response) {
        return answer(request, response, 400, "error.parameter.missing", e.getParameterName());
    }

    /** A multipart body with no boundary, cut short, or otherwise unreadable. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 400, "error.upload.malformed");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                                  HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ",
                    e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return answer(request, response, 405, "error.405.message");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 406, "error.406.message");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedType(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 415, "error.415.message");
    }

    /**
     * An upload larger than even the server accepts fails before any controller is chosen: a 413
     * with the reason, on the problem page.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return problem(request, response, Refusal.problem(413, "library.error.request-too-large"));
    }

    /**
     * The database is gone, or too slow to answer in time: a 503 the reader can retry, logged in
     * one line (the outage itself is logged once where it is found, not once per request).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            QueryTimeoutException.class})
    ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Database unavailable answering {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_SECONDS);
        return answer(request, response, 503, "error.503.message");
    }

    /** A module's refusal (see {@link Refusals}), else an unexpected failure. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        for (Refusals module : refusals) {
            Refusal refusal = module.of(e);
            if (refusal != null) {
                return refused(request, response, refusal);
            }
        }
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, response, 500, "error.500.message");
    }

    /**
     * The answer to a failed request for {@code path}: the API's JSON error under {@code /api/},
     * else the site's error page. Shared with the container's {@code /error} dispatch.
     */
    ModelAndView answer(HttpServletRequest request, HttpServletResponse response, String path, int status,
                        String messageKey, Object... args) {
        response.setStatus(status);
        if (isApi(path)) {
            json(response, messages.in(Language.EN).t(messageKey, args));
            return new ModelAndView();
        }
        PageContext ctx = status >= 500 ? contexts.withoutDatabase(request, path) : contexts.of(request, path);
        ModelAndView view = new ModelAndView("web/error");
        view.addObject("ctx", ctx);
        view.addObject("error", new ErrorInfo(status, ctx.t(titleKey(status)), ctx.t(messageKey, args)));
        return view;
    }

    private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status,
                                String messageKey, Object... args) {
        return answer(request, response, UrlPathHelper.defaultInstance.getPathWithinApplication(request), status,
                messageKey, args);
    }

    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, Refusal refusal) {
        if (refusal.problem() && backOffice(request)) {
            return problem(request, response, refusal);
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        Language language = isApi(path) ? Language.EN : contexts.languageOf(request, path);
        return answer(request, response, path, refusal.status(), refusal.messageKey(),
                shown(refusal, messages.in(language)::t));
    }

    /** The problem page, in the request's language, with a way back. */
    private ModelAndView problem(HttpServletRequest request, HttpServletResponse response, Refusal refusal) {
        response.setStatus(refusal.status());
        PageContext ctx = contexts.of(request);
        ModelAndView view = new ModelAndView("web/problem");
        view.addObject("ctx", ctx);
        if (ctx.username() != null) {
            view.addObject("view", backOffice.view(ctx, request));
        }
        view.addObject("problem", new Problem(refusal.status(), ctx.t(refusal.messageKey(), shown(refusal, ctx::t)),
                back(request.getRequestURI())));
        return view;
    }

    /** The arguments of a refusal's message: keys translated, literals as they are. */
    private static Object[] shown(Refusal refusal, Function<String, String> translate) {
        return refusal.args().stream()
                .map(arg -> arg instanceof Refusal.Literal literal ? literal.value() : translate.apply((String) arg))
                .toArray();
    }

    /** Whether the failed request was handled by a back-office screen. */
    private static boolean backOffice(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && handler.getBeanType().isAnnotationPresent(BackOfficeScreen.class);
    }

    /** The page the request came from: the item's editor for item actions, else the back office's home. */
    static String back(String uri) {
        Matcher item = BACK_OFFICE_ITEM.matcher(uri);
        return item.find() && !uri.startsWith("/admin/content/new") ? item.group(1) : "/admin";
    }

    /** The title of an error page: the status's own, or the general one of its class. */
    static String titleKey(int status) {
        return switch (status) {
            case 403 -> "error.403.title";
            case 404 -> "error.404.title";
            case 405 -> "error.405.title";
            case 406 -> "error.406.title";
            case 415 -> "error.415.title";
            case 503 -> "error.503.title";
            default -> status >= 400 && status < 500 ? "error.400.title" : "error.500.title";
        };
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api"));
    }

    private static void json(HttpServletResponse response, String message) {
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(Map.of("error", message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
