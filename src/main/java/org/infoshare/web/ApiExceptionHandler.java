package org.infoshare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors from the JSON API as RFC 9457 problem details. Bad input names each field and the rule it broke:
 * 400 for a request that cannot be read (malformed JSON, unknown fields, wrong types), 422 for one that
 * breaks a rule, 409 for a clash with what is recorded, 404 for anything unknown or not the caller's.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        String type = status == HttpStatus.CONFLICT ? "conflict" : "invalid-request";
        String title = status == HttpStatus.CONFLICT ? "Conflicts with existing records" : "Invalid request";
        return respond(ProblemWriter.problem(status, type, title, e.getMessage(), e.violations()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of()));
    }

    @ExceptionHandler({ForbiddenException.class, AccessRefusedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        String type = e instanceof AccessRefusedException refused && refused.outcome() == AccessRule.Outcome.TRAINING_LAPSED
                ? "training-lapsed" : "forbidden";
        return respond(ProblemWriter.problem(HttpStatus.FORBIDDEN, type, "Forbidden", e.getMessage(), List.of()));
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return respond(ProblemWriter.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                e.getMessage(), List.of()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return respond(ProblemWriter.problem(HttpStatus.CONFLICT, "conflict", "Conflicts with existing records",
                "Someone else changed this record since you read it. Read it again and reapply your change.",
                List.of(new Violation("version", "current-version", "The version you sent is not the current one"))));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(ProblemWriter.problem(HttpStatus.CONFLICT, "conflict", "Conflicts with existing records",
                "The change conflicts with records already held.", List.of()));
    }

    /** A malformed id in the path is an id that does not exist. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "No record has the id " + e.getValue(), List.of()));
        }
        return respond(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The parameter " + e.getName() + " is not valid",
                List.of(new Violation(e.getName(), "format", "Not a valid value for " + e.getName()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            violations.add(BeanValidationRules.violation(error));
        }
        return ResponseEntity.unprocessableContent()
                .body(ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                        violations.size() == 1 ? violations.get(0).message() : violations.size() + " fields are not valid",
                        violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new Violation(result.getMethodParameter().getParameterName(),
                        org.infoshare.validation.ValidationRules.rule(error.getCodes()), String.valueOf(error.getDefaultMessage())))));
        return ResponseEntity.unprocessableContent()
                .body(ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                        violations.isEmpty() ? "The request is not valid" : violations.get(0).message(), violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable failure = readingFailure(e);
        Violation violation = unreadable(failure);
        if (failure instanceof JsonConfiguration.UnacceptableTextException) {
            // Well-formed JSON whose text breaks a rule: the same answer as any other rule a field breaks.
            return ResponseEntity.unprocessableContent()
                    .body(ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                            violation.message(), List.of(violation)));
        }
        return ResponseEntity.badRequest()
                .body(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Request body cannot be read",
                        violation.message(), List.of(violation)));
    }

    /**
     * The Jackson exception that says which field could not be read. The most specific cause is no good:
     * for a bad date it is the {@code DateTimeParseException} beneath, which has lost the field's path.
     */
    private static Throwable readingFailure(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return e.getMostSpecificCause();
    }

    static Violation unreadable(Throwable cause) {
        if (cause instanceof JsonConfiguration.UnacceptableTextException text) {
            String field = path(text);
            return new Violation(field, text.problem().rule(), text.problem().message(field));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new Violation(field, "unknown-field", "'" + field + "' is not a field this request accepts");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            // Text that does not parse as its type (a date that does not exist, an unknown code) breaks its format;
            // a value of the wrong JSON kind (a number sent as text, a date as a number) breaks its type.
            String field = path(mismatched);
            boolean format = mismatched instanceof InvalidFormatException invalid && invalid.getValue() instanceof String
                    && !"java.lang.Boolean".equals(typeName(invalid.getTargetType()))
                    && !Number.class.isAssignableFrom(boxed(invalid.getTargetType()));
            return new Violation(field, format ? "format" : "type", "'" + field + "' must be " + describe(mismatched.getTargetType()));
        }
        if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith(DUPLICATE_PROPERTY) && read.processor() != null) {
            String field = pointerToPath(read.processor().streamReadContext().pathAsPointer().toString());
            return new Violation(field, "duplicate-field", "'" + field + "' is given more than once: send each field once");
        }
        if (cause instanceof JacksonException) {
            return new Violation("", "json", "The body is not well-formed JSON");
        }
        return new Violation("", "body", "The request body is missing or cannot be read");
    }

    /** Jackson's wording for a key given twice ({@code STRICT_DUPLICATE_DETECTION}); it has no exception type of its own. */
    private static final String DUPLICATE_PROPERTY = "Duplicate Object property";

    /** A JSON pointer ({@code /items/1/code}) as the field paths problems use ({@code items[1].code}). */
    static String pointerToPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "of the right type";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        Class<?> boxed = boxed(type);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == java.math.BigInteger.class) {
            return "a whole number (not in quotes)";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "a number (not in quotes)";
        }
        if (boxed == Boolean.class) {
            return "true or false (not in quotes)";
        }
        if (type == String.class) {
            return "text (in quotes)";
        }
        if (type == java.util.UUID.class) {
            return "an id (a UUID in quotes)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD in quotes, like \"2026-10-26\"";
        }
        if (type == java.time.LocalTime.class) {
            return "a time written HH:MM in quotes, like \"09:30\"";
        }
        if (type.getPackageName().equals("java.time")) {
            return "a date and time with its offset in quotes, like \"2026-10-26T09:30:00Z\"";
        }
        if (type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a " + simpleName(type);
    }

    private static Class<?> boxed(@Nullable Class<?> type) {
        if (type == null || !type.isPrimitive()) {
            return type == null ? Object.class : type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }

    private static String typeName(@Nullable Class<?> type) {
        return boxed(type).getName();
    }

    private static String simpleName(@Nullable Class<?> type) {
        return type == null ? "value" : type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
