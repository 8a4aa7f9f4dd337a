package org.infoshare.shared.problem;

/**
 * One broken rule about one piece of input.
 *
 * @param field   the input's name as the caller sent it (a JSON path or form field), or "" for the whole request
 * @param rule    a stable, machine-readable name for the rule, e.g. {@code required}, {@code max-length}, {@code unique}
 * @param message what went wrong, in plain English, fit to show to the person who made the request
 */
public record Violation(String field, String rule, String message) {
}
