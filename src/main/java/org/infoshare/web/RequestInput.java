package org.infoshare.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.problem.Violation;
import org.infoshare.shared.rules.TextCharacters;

/**
 * Input refused before any handler sees it: request parameters (form fields and the query string) holding text the
 * platform cannot store, and web addresses with characters no address of ours contains. The refusal travels to the
 * error page or problem as a request attribute, so that it names the field and the rule like any other.
 */
final class RequestInput {

    /** The {@link Violation} that refused the request, for the error page and problem. */
    static final String REFUSAL = RequestInput.class.getName() + ".refusal";

    static final String PATH_FIELD = "path";
    static final String PATH_RULE = "path-characters";
    static final String PATH_MESSAGE = "The web address contains characters that are not allowed (such as an encoded slash, "
            + "backslash, semicolon, per cent sign or NUL, or bytes that are not UTF-8)";

    private RequestInput() {
    }

    /** The first parameter (by name or value) whose text breaks {@link TextCharacters}. */
    static Optional<Violation> parameterProblem(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            Optional<TextCharacters.Problem> problem = TextCharacters.check(name);
            if (problem.isPresent()) {
                return Optional.of(new Violation("", problem.get().rule(), problem.get().message("")));
            }
            for (String value : parameter.getValue()) {
                problem = TextCharacters.check(value);
                if (problem.isPresent()) {
                    return Optional.of(new Violation(name, problem.get().rule(), problem.get().message(name)));
                }
            }
        }
        return Optional.empty();
    }

    /** The violation for an address refused by the container or the firewall. */
    static Violation pathViolation() {
        return new Violation(PATH_FIELD, PATH_RULE, PATH_MESSAGE);
    }

    /**
     * Whether a raw (still percent-encoded) address holds what the container refuses before any application code runs:
     * an encoded slash or backslash, an encoded NUL, or percent-encoded bytes that are not UTF-8.
     */
    static boolean refusedByContainer(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1)) && isHex(rawPath.charAt(i + 2))) {
                bytes.put((byte) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) (c < 0x80 ? c : '?'));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return false;
        } catch (CharacterCodingException notUtf8) {
            return true;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator"));
    }
}
