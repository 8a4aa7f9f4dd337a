package org.infoshare.audit.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain English for the ledger's stable action codes, so an auditor reads "Revoked access" rather than
 * {@code directory.user.revoked}. A code not listed here is shown as it is: the trail never hides an entry
 * because nobody has described it yet. Modules add their actions here as they add them to the ledger.
 */
public final class AuditVocabulary {

    /** A kind of action an auditor can filter by: every action whose code starts with the prefix. */
    public record ActionKind(String prefix, String label) {
    }

    /** What a filter prefix may look like: the start of a dotted action code. */
    public static final Pattern ACTION_PREFIX = Pattern.compile("[a-z0-9.-]{0,100}");

    private static final Map<String, String> ACTIONS = new LinkedHashMap<>();
    private static final Map<String, String> RECORD_TYPES = new LinkedHashMap<>();
    private static final List<ActionKind> KINDS = List.of(
            new ActionKind("access.", "Signing in and access"),
            new ActionKind("directory.user.", "Staff and partner systems"),
            new ActionKind("directory.token.", "API tokens"),
            new ActionKind("directory.team.", "Teams"),
            new ActionKind("directory.organisation.", "The organisation and its security assurance"),
            new ActionKind("directory.", "Everything in the partnership directory"),
            new ActionKind("audit.", "Audit and ledger verification"),
            new ActionKind("subject.", "People and who works with them"),
            new ActionKind("delivery.", "Disclosures"),
            new ActionKind("dataset.", "Datasets"));

    static {
        ACTIONS.put("access.signed-in", "Signed in");
        ACTIONS.put("access.break-glass", "Recorded a reason to look at the records of someone their team does not work with (break glass)");
        ACTIONS.put("directory.organisation.created", "Added the organisation to the partnership");
        ACTIONS.put("directory.organisation.updated", "Changed the organisation's details");
        ACTIONS.put("directory.organisation.assurance-added", "Recorded security assurance for the organisation");
        ACTIONS.put("directory.organisation.assurance-removed", "Removed security assurance from the organisation");
        ACTIONS.put("directory.team.created", "Created a team");
        ACTIONS.put("directory.team.updated", "Changed a team");
        ACTIONS.put("directory.user.created", "Added a member of staff or a partner system");
        ACTIONS.put("directory.user.updated", "Changed someone's details, roles or teams");
        ACTIONS.put("directory.user.training-recorded", "Recorded data protection training");
        ACTIONS.put("directory.user.vetting-recorded", "Recorded vetting");
        ACTIONS.put("directory.user.revoked", "Revoked someone's access");
        ACTIONS.put("directory.user.reinstated", "Reinstated someone's access");
        ACTIONS.put("directory.user.password-set", "Set a new password for someone");
        ACTIONS.put("directory.user.identity-linked", "Linked an organisation sign-in identity to an account");
        ACTIONS.put("directory.token.issued", "Issued an API token");
        ACTIONS.put("directory.token.revoked", "Revoked an API token");
        ACTIONS.put("audit.ledger.verified", "Verified the ledger's integrity");
        ACTIONS.put("subject.recorded", "Recorded a person the organisation holds information about");
        ACTIONS.put("subject.involvement-added", "Started working with the person: their records are now open to this member of staff and team");
        ACTIONS.put("delivery.disclosure.access-refused", "Tried to open a disclosure of this organisation's without access (the first try within the hour)");
        ACTIONS.put("dataset.access-refused", "Tried to open a dataset of this organisation's without access (the first try within the hour)");

        RECORD_TYPES.put("user", "Account");
        RECORD_TYPES.put("organisation", "Organisation");
        RECORD_TYPES.put("team", "Team");
        RECORD_TYPES.put("api-token", "API token");
        RECORD_TYPES.put("ledger", "The ledger");
        RECORD_TYPES.put("disclosure", "Disclosure");
        RECORD_TYPES.put("dataset", "Dataset");
        RECORD_TYPES.put("subject", "Person");
    }

    private AuditVocabulary() {
    }

    /** The action in plain English, or the code itself when it has no description yet. */
    public static String describe(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    public static boolean isDescribed(String action) {
        return ACTIONS.containsKey(action);
    }

    /** What kind of record a subject type names, e.g. "Account" for {@code user}; unknown types as they are. */
    public static String recordType(String subjectType) {
        return RECORD_TYPES.getOrDefault(subjectType, subjectType);
    }

    public static List<ActionKind> kinds() {
        return KINDS;
    }

    public static Optional<ActionKind> kind(String prefix) {
        return KINDS.stream().filter(kind -> kind.prefix().equals(prefix)).findFirst();
    }

    /** Every described action code, for checking that each one is reachable through a kind. */
    public static List<String> describedActions() {
        return List.copyOf(ACTIONS.keySet());
    }
}
