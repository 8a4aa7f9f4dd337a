package org.infoshare.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.access.Public;
import org.infoshare.shared.problem.Violation;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen before any of our handlers is chosen (an unknown address, a wrong method): problem
 * details for the API, a GOV.UK error page for people. Nothing about the failure's internals is shown.
 */
@Controller
@Public
class InfoshareErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        refusal(request).ifPresent(refusal -> model.addAttribute("reason", refusal.message() + ". Nothing was changed."));
        return switch (status) {
            case 404 -> "error/404";
            case 403 -> "error/403";
            case 400, 405, 413, 415, 422 -> "error/invalid";
            default -> "error/500";
        };
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(status(request));
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String type = switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE -> "too-large";
            default -> status.is4xxClientError() ? "invalid-request" : "server-error";
        };
        Optional<Violation> refusal = refusal(request);
        String detail = status.is5xxServerError() ? "Something went wrong on our side. Nothing was changed."
                : refusal.map(Violation::message).orElse(status.getReasonPhrase());
        ProblemDetail problem = ProblemWriter.problem(status, type, status.getReasonPhrase(), detail, refusal.map(List::of).orElse(List.of()));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The field and rule that refused the request before any handler ran, if that is why we are here. */
    private static Optional<Violation> refusal(HttpServletRequest request) {
        return request.getAttribute(RequestInput.REFUSAL) instanceof Violation violation ? Optional.of(violation) : Optional.empty();
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value ? value : 500;
    }
}
