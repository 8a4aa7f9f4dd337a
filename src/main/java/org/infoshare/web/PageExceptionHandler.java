package org.infoshare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotAsRecordedException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

    /**
     * A change that lost a race with another (a version that went stale, or a duplicate, between the checks
     * and the write). The transaction has rolled back; nothing changed.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    String conflict(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reason", e instanceof OptimisticLockingFailureException
                ? "Someone else changed this record since you read it. Read it again and reapply your change."
                : "The change conflicts with records already held.");
        return "error/invalid";
    }

    /** Too many failed attempts at a credential, where a form has not shown it itself: 429 with the wait. */
    @ExceptionHandler(TooManyAttemptsException.class)
    String tooManyAttempts(TooManyAttemptsException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        layout.addTo(model, request);
        model.addAttribute("reason", e.getMessage());
        return "error/invalid";
    }

    /**
     * A protected record asked for as a file while it is not as the ledger recorded it (ADR 0063): the warning the
     * record's pages show, in place of the file.
     */
    @ExceptionHandler(NotAsRecordedException.class)
    String notAsRecorded(NotAsRecordedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        layout.addTo(model, request);
        model.addAttribute("integrity", e);
        return "error/not-as-recorded";
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
