package org.infoshare.audit.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The action codes the main code can write to the ledger, read from its source, so that a test can hold
 * {@link AuditVocabulary} to every one of them. A code is found where it is written:
 * <ol>
 * <li>a literal passed to {@code LedgerEvent.of("...")}, or a constant holding one ({@code LedgerEvent.of(LedgerIntegrity.VERIFIED, ...)});</li>
 * <li>any literal shaped like a code in an {@code *Events} class, where each module builds its entries (so the codes a
 * switch or a condition chooses there are found too);</li>
 * <li>a literal passed first to a method of an {@code *Events} class, e.g. {@code FoiEvents.chased("foi.consultation.reminded", ...)},
 * behind the prefix that method puts before its action, if it does ({@code "retention." + action}); a literal ending in a
 * dot joined to a choice of two literals ({@code "rights.quality." + (corrected ? "corrected" : "closed")}) gives both;</li>
 * <li>any other literal shaped like a code whose first word starts a code found so far: the codes kept in enums and
 * constants and passed on in a variable, such as {@code DisclosureReading}'s.</li>
 * </ol>
 * Not actions, though they look like codes: lock names ({@code @SchedulerLock(name = "...")}) and {@link #NOT_ACTIONS}. A
 * literal ending in a dot joined to anything else, in a call of an {@code *Events} method or of {@code LedgerEvent.of}
 * outside an {@code *Events} class, and a constant given to {@code LedgerEvent.of} that holds no literal here, are codes
 * nobody can read: they are reported, not guessed.
 */
final class LedgerActionCodes {

    static final Path MAIN = Path.of("src/main/java");

    /** What {@code LedgerEvent} accepts as an action: dotted lower-case words. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /** Literals in the main code shaped like actions of a module that writes to the ledger, which name something else. */
    static final Map<String, String> NOT_ACTIONS = Map.of(
            "dataset.report", "the start of dataset.report.downloaded: the datasets' access trail matches it with startsWith",
            "directory.username", "the name of the unique index on usernames, recognised in a constraint violation");

    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");
    private static final Pattern LEDGER_EVENT_OF = Pattern.compile("LedgerEvent\\.of\\(\\s*\"([^\"]*)\"");
    private static final Pattern METHOD = Pattern.compile("static\\s+[\\w.<>]+\\s+(\\w+)\\s*\\(");
    private static final Pattern PREFIX_AND_VARIABLE = Pattern.compile("\"([a-z][a-z0-9.-]*\\.)\"\\s*\\+\\s*[A-Za-z_]\\w*\\s*[,)]");
    private static final Pattern EVENTS_CALL = Pattern.compile("\\b(\\w+Events)\\.(\\w+)\\(\\s*\"([^\"]*)\""
            + "(?:\\s*\\+\\s*\\([^()\"]*\\?\\s*\"([a-z0-9.-]+)\"\\s*:\\s*\"([a-z0-9.-]+)\"\\s*\\))?");
    private static final Pattern CONSTANT_ARGUMENT = Pattern.compile("(?:LedgerEvent\\.of|\\b\\w+Events\\.\\w+)\\(\\s*(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)\\s*,");
    private static final Pattern LOCK_NAME = Pattern.compile("@SchedulerLock\\(\\s*name\\s*=\\s*\"[^\"]*\"");

    /**
     * @param codes      every action code found
     * @param unreadable where a code is built in a way this reading cannot follow (file: the call)
     */
    record Found(Set<String> codes, Set<String> unreadable) {
    }

    private LedgerActionCodes() {
    }

    static Found in(Path root) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        Set<String> codes = new TreeSet<>();
        Set<String> unreadable = new TreeSet<>();
        Map<String, String> prefixes = new HashMap<>();
        sources.forEach((file, text) -> {
            if (isEvents(file)) {
                prefixes.putAll(prefixesOf(className(file), text));
                literals(text).filter(LedgerActionCodes::isCode).forEach(codes::add);
            }
        });
        sources.forEach((file, text) -> {
            for (MatchResult constant : CONSTANT_ARGUMENT.matcher(text).results().toList()) {
                Optional<String> value = valueOf(constant.group(1) == null ? text : classText(sources, constant.group(1)), constant.group(2));
                value.filter(LedgerActionCodes::isCode).ifPresent(codes::add);
                if (value.isEmpty() && constant.group().startsWith("LedgerEvent")) {
                    unreadable.add(file + ": " + constant.group());
                }
            }
            for (MatchResult of : LEDGER_EVENT_OF.matcher(text).results().toList()) {
                if (isCode(of.group(1))) {
                    codes.add(of.group(1));
                } else if (of.group(1).endsWith(".") && !isEvents(file)) {
                    unreadable.add(file + ": " + of.group());
                }
            }
            for (MatchResult call : EVENTS_CALL.matcher(text).results().toList()) {
                String start = prefixes.getOrDefault(call.group(1) + "." + call.group(2), "") + call.group(3);
                List<String> built = call.group(4) == null ? List.of(start) : List.of(start + call.group(4), start + call.group(5));
                if (built.stream().allMatch(LedgerActionCodes::isCode)) {
                    codes.addAll(built);
                } else if (call.group(3).endsWith(".")) {
                    unreadable.add(file + ": " + call.group());
                }
            }
        });
        Set<String> modules = codes.stream().map(code -> code.substring(0, code.indexOf('.'))).collect(Collectors.toSet());
        sources.values().forEach(text -> literals(LOCK_NAME.matcher(text).replaceAll(""))
                .filter(LedgerActionCodes::isCode)
                .filter(literal -> modules.contains(literal.substring(0, literal.indexOf('.'))))
                .filter(literal -> !NOT_ACTIONS.containsKey(literal))
                .forEach(codes::add));
        return new Found(codes, unreadable);
    }

    /** The prefix each method of an {@code *Events} class puts before the action it is given, by "Class.method". */
    private static Map<String, String> prefixesOf(String className, String text) {
        Map<String, String> prefixes = new HashMap<>();
        List<MatchResult> methods = METHOD.matcher(text).results().toList();
        for (int i = 0; i < methods.size(); i++) {
            int end = i + 1 < methods.size() ? methods.get(i + 1).start() : text.length();
            Matcher prefix = PREFIX_AND_VARIABLE.matcher(text.substring(methods.get(i).start(), end));
            if (prefix.find()) {
                prefixes.put(className + "." + methods.get(i).group(1), prefix.group(1));
            }
        }
        return prefixes;
    }

    /** The string a constant is set to, if the text sets it to a literal. */
    private static Optional<String> valueOf(String text, String constant) {
        Matcher value = Pattern.compile("\\b" + constant + "\\s*=\\s*\"([^\"]*)\"").matcher(text);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    private static String classText(Map<String, String> sources, String className) {
        return sources.entrySet().stream().filter(source -> className(source.getKey()).equals(className))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static Stream<String> literals(String text) {
        return LITERAL.matcher(text).results().map(literal -> literal.group(1));
    }

    private static boolean isCode(String literal) {
        return CODE.matcher(literal).matches();
    }

    private static boolean isEvents(String file) {
        return file.endsWith("Events.java");
    }

    private static String className(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
    }
}
