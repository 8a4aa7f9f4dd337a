package org.infoshare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat raises before any application code runs (an address with an encoded slash, backslash
 * or NUL, or bytes that are not UTF-8; a malformed request) the way the rest of infoshare answers: a problem
 * detail naming the address and the rule for the API, a GOV.UK page for people, never Tomcat's own page. It
 * replaces Tomcat's error report valve on the host.
 */
public class BadAddressValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = page();
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public BadAddressValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getRequestURI();
        boolean badAddress = RequestInput.refusedByContainer(path);
        boolean api = RequestInput.isApi(path);
        try {
            // The content type and character set first: the reporter's writer takes its encoding from them.
            response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", api ? "default-src 'none'; frame-ancestors 'none'" : PAGE_POLICY);
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (api) {
                HttpStatus resolved = HttpStatus.resolve(status);
                HttpStatus answered = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
                // Written as a map: outside the application there is no Spring MVC mixin to flatten ProblemDetail's properties.
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "urn:infoshare:problem:" + (answered.is5xxServerError() ? "server-error" : "invalid-request"));
                problem.put("title", answered.getReasonPhrase());
                problem.put("status", answered.value());
                problem.put("detail", badAddress ? RequestInput.PATH_MESSAGE : answered.getReasonPhrase());
                if (badAddress) {
                    problem.put("errors", List.of(RequestInput.pathViolation()));
                }
                writer.write(JSON.writeValueAsString(problem));
            } else {
                writer.write(PAGE);
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot take a body: there is nobody left to tell.
        }
    }

    private static String page() {
        try (InputStream in = BadAddressValve.class.getResourceAsStream("/error-pages/bad-address.html")) {
            if (in == null) {
                throw new IllegalStateException("The bad address page is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
