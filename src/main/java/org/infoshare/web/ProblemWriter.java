package org.infoshare.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.problem.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the one way infoshare answers errors: a stable type URN, a title, the
 * detail, and for bad input an {@code errors} list naming each field and the rule it broke.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail,
                                        List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:infoshare:problem:" + type));
        problem.setTitle(title);
        if (violations != null && !violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
               String title, String detail) throws IOException {
        write(request, response, status, type, title, detail, List.of());
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
               String title, String detail, List<Violation> violations) throws IOException {
        ProblemDetail problem = problem(status, type, title, detail, violations);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
