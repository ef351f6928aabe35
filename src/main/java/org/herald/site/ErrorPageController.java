package org.herald.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen outside a controller (a request the firewall rejects, a failure in a
 * filter) reach the container's {@code /error} dispatch; they get the same page as the rest.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final PageContexts contexts;

    ErrorPageController(PageContexts contexts) {
        this.contexts = contexts;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        PageContext ctx = contexts.of(request, uri instanceof String original ? original : request.getRequestURI());
        String key = switch (status) {
            case 400, 403, 404, 405 -> "error." + status;
            default -> status >= 400 && status < 500 ? "error.400" : "error.500";
        };
        return ErrorPages.render(ctx, response, new ErrorInfo(status, ctx.t(key + ".title"), ctx.t(key + ".message")));
    }
}
