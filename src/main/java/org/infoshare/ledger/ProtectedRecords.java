package org.infoshare.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.infoshare.ledger.rules.RecordFinding;

/**
 * The kinds of record the ledger binds to their stored content (ADR 0063). Each is a ledger subject type, its
 * table (keyed by a uuid {@code id}) and ONE SQL expression over the row, aliased {@code r}, that gives the hex
 * SHA-256 of what is stored: the clear columns and the sealed bytes, child rows in a fixed order. The same
 * expression runs when an event on the record is appended and when the ledger is verified, so the two cannot
 * disagree about how a record is digested. No personal data leaves the row: sealed columns enter as their own
 * digests, and only the row's digest enters the ledger.
 *
 * <p>Values are put into a JSON array, so that no two different rows share an encoding; times enter as seconds
 * since the epoch and bytes as their digest, so that neither depends on a session's time zone or byte format.
 * A column added to a table later is not covered until it is added here, and adding it changes the digest of
 * every existing row: such a change is a new version of the expression, recorded in an ADR.
 */
public final class ProtectedRecords {

    /** The detail under which an entry carries its record's digest. */
    public static final String ROW_DIGEST = "row-digest";
    /** The digest recorded when an event leaves its record gone (a disposal). */
    public static final String GONE = RecordFinding.GONE;

    public static final String DECISION = "decision";
    public static final String CONSENT = "consent";
    public static final String DISCLOSURE = "disclosure";
    public static final String AGREEMENT = "agreement";
    public static final String INFORMATION_REQUEST = "information-request";
    public static final String RIGHTS_REQUEST = "rights-request";
    public static final String RIGHTS_NOTICE = "rights-notice";
    public static final String INCIDENT = "incident";

    /** A protected kind of record. */
    public record Kind(String type, String table, String digest) {
    }

    private static final List<Kind> ALL = List.of(
            new Kind(DECISION, "sharing_decision", digest(
                    "r.id", "r.organisation_id", "r.subject_id", "r.recipient_organisation_id", "r.recipient_team_id", "r.mode",
                    "r.purpose", "r.outcome", "r.status", "r.engine_version", sealed("r.stated_enc"), sealed("r.facts_enc"),
                    sealed("r.result_enc"), "r.consent_id", "r.consent_overridden", "r.agreement_id", "r.reconsiders_id",
                    sealed("r.new_information_enc"), "r.request_id", "r.adviser_role", "r.decided_by", "r.decided_by_teams",
                    time("r.decided_at"), time("r.completed_at"), "r.advised_by", time("r.advised_at"), "r.advice_answers",
                    sealed("r.advice_enc"), "r.review_status", "r.reviewed_by", time("r.reviewed_at"), sealed("r.review_enc"),
                    time("r.verbal_shared_at"), sealed("r.verbal_shared_with_enc"), time("r.written_confirmed_at"),
                    "r.schema_version", sealed("r.record_enc"), "r.judge_role", "r.disagreed_by", time("r.disagreed_at"),
                    "r.judged_by", time("r.judged_at"), "r.family_decision_id", "r.lawful_basis")),
            // A consent record with its history: each entry of it, with its sealed notes, in the order recorded.
            new Kind(CONSENT, "consent_record", digest(
                    "r.id", "r.organisation_id", "r.subject_id", "r.answer", "r.given_by", sealed("r.giver_name_enc"), "r.capacity",
                    "r.explicit", "r.medium", time("r.given_at"), sealed("r.agreed_enc"), "r.purposes", "r.recipients", "r.valid_from",
                    "r.valid_until", time("r.withdrawn_at"), time("r.recorded_at"), "r.recorded_by",
                    children("consent_event", "consent_id", "c.id", "c.id", "c.event", time("c.happened_at"), time("c.recorded_at"),
                            "c.recorded_by", sealed("(select n.notes_enc from consent_event_notes n where n.event_id = c.id)")))),
            // A disclosure with its items, in the order disclosed: each item's sealed content and historical note as their digests.
            new Kind(DISCLOSURE, "disclosure", digest(
                    "r.id", "r.decision_id", "r.subject_id", "r.sender_organisation", "r.sent_by", "r.recipient_organisation",
                    "r.recipient_team", "r.recipient_user", "r.purpose", "r.lawful_basis", "r.inform_person", sealed("r.not_inform_reason_enc"),
                    sealed("r.protected_identities_enc"), "r.access_until", time("r.sent_at"), time("r.first_opened_at"),
                    time("r.withdrawn_at"), "r.withdrawn_by", "r.urgency",
                    children("disclosure_item", "disclosure_id", "c.position", "c.id", "c.position", "c.code", "c.label", "c.category",
                            "c.kind", "c.historical", "c.not_to_subject", sealed("c.content_enc"), sealed("c.historical_note_enc")))),
            // An agreement with its versions (each document whole), the parties copied from them, signatures, reviews and DPIAs, by version.
            new Kind(AGREEMENT, "agreement", digest(
                    "r.id", "r.reference", "r.created_by_organisation", "r.created_by", time("r.created_at"), "r.first_effective_on",
                    time("r.published_at"), "r.published_by",
                    children("agreement_version", "agreement_id", "c.version", "c.version", "c.status", "c.title", "c.document",
                            "c.catalogue_version", time("c.created_at"), "c.created_by", time("c.updated_at"), "c.revision", time("c.submitted_at"),
                            "c.submitted_by", "c.effective_from", "c.superseded_on", "c.terminated_on", "c.termination_reason", "c.terminated_by"),
                    children("agreement_party", "agreement_id", "c.version, c.organisation_id", "c.version", "c.organisation_id"),
                    children("agreement_signature", "agreement_id", "c.version, c.organisation_id", "c.version", "c.organisation_id",
                            "c.signed_by", "c.capacity", time("c.signed_at")),
                    children("agreement_review", "agreement_id", "c.recorded_at, c.id", "c.id", "c.version", "c.cycle", "c.due_on",
                            "c.reviewed_on", "c.outcome", "c.notes", "c.reviewed_by", "c.organisation_id", time("c.recorded_at")),
                    children("agreement_dpia", "agreement_id", "c.version", "c.version", "c.screening", "c.full_required",
                            "c.screening_reasons", "c.screened_by", time("c.screened_at"), "c.assessment", "c.assessed_by", time("c.assessed_at"),
                            "c.signed_off_by", time("c.signed_off_at")))),
            // A request for information with its answer; the person's details and the messages as their digests.
            new Kind(INFORMATION_REQUEST, "information_request", digest(
                    "r.id", "r.requester_organisation_id", "r.requester_user_id", "r.requester_subject_id", "r.holder_organisation_id",
                    "r.holder_team_id", "r.purpose", "r.gateway_code", "r.for_partnership_functions", "r.urgency", "r.items",
                    sealed("r.details_enc"), "r.status", "r.decision_id", "r.previous_decision_id", "r.outcome", sealed("r.message_enc"),
                    sealed("r.new_information_enc"), time("r.sent_at"), time("r.answered_at"))),
            // A rights request with the pauses of its clock, in the order paused.
            new Kind(RIGHTS_REQUEST, "rights_request", digest(
                    "r.id", "r.organisation_id", "r.reference", "r.kind", "r.received_on", "r.received_how", "r.capacity",
                    sealed("r.requester_enc"), sealed("r.person_enc"), sealed("r.details_enc"), "r.identity_check", "r.identity_checked_on",
                    "r.identity_checked_by", "r.subject_id", "r.person_confirmed_by", time("r.person_confirmed_at"), "r.not_held", "r.status",
                    "r.extension_reason", sealed("r.extension_note_enc"), "r.extended_on", "r.extended_by", "r.outcome", "r.exemptions",
                    sealed("r.decision_note_enc"), "r.decided_on", "r.decided_by", time("r.escalated_at"), time("r.propagated_at"),
                    time("r.erased_at"), "r.closed_on", time("r.recorded_at"), "r.recorded_by",
                    children("rights_request_pause", "request_id", "c.paused_on, c.id", "c.id", "c.reason", "c.paused_on", "c.paused_by",
                            "c.resumed_on", "c.resumed_by"))),
            // A notice of rectification, erasure or restriction (or a data quality report) with the items it names, in order.
            new Kind(RIGHTS_NOTICE, "rights_notice", digest(
                    "r.id", "r.kind", "r.request_id", "r.quality_report_id", "r.sender_organisation", "r.recipient_organisation",
                    "r.recipient_team", "r.recipient_user", "r.asked", sealed("r.message_enc"), time("r.sent_at"), "r.sent_by", "r.due_on",
                    "r.status", "r.outcome", "r.exemption", sealed("r.confirmation_enc"), time("r.confirmed_at"), "r.confirmed_by",
                    time("r.reminded_at"), time("r.escalated_at"),
                    children("rights_notice_item", "notice_id", "c.position", "c.position", "c.disclosure_id", "c.item_code",
                            "c.dataset_upload_id"))),
            // An incident with the parties told (in the order told), the coordination notes and the referrals (each in the order written).
            new Kind(INCIDENT, "incident", digest(
                    "r.id", "r.number", "r.schema_version", "r.organisation_id", "r.source", "r.kind", time("r.occurred_at"),
                    time("r.aware_at"), time("r.reported_at"), "r.reported_by", "r.data_affected", "r.people_affected",
                    sealed("r.account_enc"), sealed("r.involved_enc"), sealed("r.actions_enc"), "r.record_type", "r.record_id",
                    "r.subject_id", "r.attempted_by", "r.attempts", "r.status", time("r.assessed_at"), "r.assessed_by", "r.likelihood",
                    "r.severity", "r.encryption", "r.containment", "r.law_enforcement", "r.risk_level", "r.risk_score", "r.risk_reasons",
                    sealed("r.assessment_enc"), "r.ico_reason", "r.ico_notify", time("r.ico_decided_at"), "r.ico_decided_by",
                    sealed("r.ico_departure_enc"), sealed("r.ico_notes_enc"), time("r.ico_reported_at"), sealed("r.ico_reference_enc"),
                    sealed("r.ico_late_reason_enc"), "r.people_reason", "r.people_tell", time("r.people_decided_at"), "r.people_decided_by",
                    sealed("r.people_departure_enc"), sealed("r.people_notes_enc"), time("r.people_told_at"),
                    sealed("r.people_told_how_enc"), time("r.closed_at"), "r.closed_by", "r.outcome", sealed("r.lessons_enc"), "r.version",
                    children("incident_party", "incident_id", "c.told_at, c.organisation_id", "c.organisation_id", time("c.told_at"),
                            "c.told_by", sealed("c.message_enc"), time("c.acknowledged_at"), "c.acknowledged_by", "c.response",
                            time("c.responded_at"), "c.responded_by", sealed("c.response_enc")),
                    children("incident_note", "incident_id", "c.written_at, c.id", "c.id", "c.organisation_id", "c.written_by",
                            time("c.written_at"), sealed("c.note_enc")),
                    children("incident_referral", "incident_id", "c.recorded_at, c.id", "c.id", "c.referred_to", "c.staff_member",
                            "c.referred_on", "c.referred_by", time("c.recorded_at"), sealed("c.reference_enc"), sealed("c.notes_enc")))));

    private static final Map<String, Kind> BY_TYPE = ALL.stream().collect(Collectors.toUnmodifiableMap(Kind::type, Function.identity()));

    private ProtectedRecords() {
    }

    public static List<Kind> all() {
        return ALL;
    }

    public static Optional<Kind> of(String subjectType) {
        return Optional.ofNullable(BY_TYPE.get(subjectType));
    }

    /** The hex SHA-256 of the values, in this order, as a JSON array. */
    static String digest(String... values) {
        return "encode(sha256(convert_to(jsonb_build_array(" + String.join(", ", values) + ")::text, 'UTF8')), 'hex')";
    }

    /** Sealed bytes enter as their own digest (null stays null). */
    static String sealed(String column) {
        return "encode(sha256(" + column + "), 'hex')";
    }

    /** A time enters as seconds since the epoch, exact to the microsecond, whatever the session's time zone. */
    static String time(String column) {
        return "extract(epoch from " + column + ")";
    }

    /** Child rows as one JSON array in a fixed order, or an empty array. */
    static String children(String table, String parentColumn, String order, String... values) {
        return "coalesce((select jsonb_agg(jsonb_build_array(" + String.join(", ", values) + ") order by " + order + ") from "
                + table + " c where c." + parentColumn + " = r.id), '[]'::jsonb)";
    }
}
