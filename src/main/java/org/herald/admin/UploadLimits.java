package org.herald.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload larger than even the server accepts fails before any controller is chosen, so this
 * advice applies everywhere: it answers 413 with the reason instead of a failure page.
 */
@ControllerAdvice
@Order(0)
class UploadLimits {

    private final AdminErrors errors;

    UploadLimits(AdminErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return errors.problem(response, 413, "library.error.request-too-large", List.of(), request);
    }
}
