package org.herald.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen outside a controller (a request the firewall rejects, a failure in a
 * filter, the container's own 400s) reach the container's {@code /error} dispatch; they get the
 * same answer as the rest.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorPages pages;

    ErrorPageController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        String key = switch (status) {
            case 403 -> "error.403.message";
            case 404 -> "error.404.message";
            case 405 -> "error.405.message";
            case 406 -> "error.406.message";
            case 415 -> "error.415.message";
            case 503 -> "error.503.message";
            case 413 -> "library.error.request-too-large";
            default -> status < 500 ? "error.400.message" : "error.500.message";
        };
        ModelAndView answer = pages.answer(request, response, path, status, key);
        // The API's JSON is written already: no view may add to it.
        return answer.getViewName() == null && answer.getView() == null ? null : answer;
    }
}
