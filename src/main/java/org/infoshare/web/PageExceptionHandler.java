package org.infoshare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors from pages, as GOV.UK error pages. (API controllers are answered first, as problem details, by
 * {@link ApiExceptionHandler}.) A form's own validation errors are shown on the form, not here.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout.addTo(model, request);
        return "error/404";
    }

    @ExceptionHandler({ForbiddenException.class, AccessRefusedException.class})
    String forbidden(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        layout.addTo(model, request);
        model.addAttribute("reason", e.getMessage());
        model.addAttribute("trainingLapsed", e instanceof AccessRefusedException refused
                && refused.outcome() == AccessRule.Outcome.TRAINING_LAPSED);
        return "error/403";
    }

    /** A rule broken by something other than a form field (e.g. a stale link); forms handle their own. */
    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        layout.addTo(model, request);
        model.addAttribute("reason", e.getMessage());
        return "error/invalid";
    }
}
