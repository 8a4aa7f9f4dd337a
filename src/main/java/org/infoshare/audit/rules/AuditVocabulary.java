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
            new ActionKind("decision.", "Decisions"),
            new ActionKind("delivery.", "Disclosures"),
            new ActionKind("consent.", "Consent"),
            new ActionKind("access.", "Sign-ins and access"),
            new ActionKind("directory.user.", "Staff and partner systems"),
            new ActionKind("directory.token.", "API tokens"),
            new ActionKind("directory.team.", "Teams"),
            new ActionKind("directory.organisation.", "The organisation and its security assurance"),
            new ActionKind("directory.", "Everything in the partnership directory"),
            new ActionKind("audit.", "Audit and ledger verification"),
            new ActionKind("subject.", "People and who works with them"),
            new ActionKind("dataset.", "Datasets"),
            new ActionKind("request.", "Requests for information between organisations"),
            new ActionKind("agreement.", "Information sharing agreements and their DPIAs"),
            new ActionKind("rights.request.", "Rights requests"),
            new ActionKind("rights.bundle.", "Subject access bundles"),
            new ActionKind("rights.", "Everything about people's rights: requests, notices, corrections and privacy notices"),
            new ActionKind("complaint.", "Complaints"),
            new ActionKind("scheme.", "Public disclosure schemes (DVDS and CSODS)"),
            new ActionKind("incident.", "Incidents and breaches"),
            new ActionKind("foi.", "Freedom of information assistance (FOI and EIR)"),
            new ActionKind("retention.", "Retention, legal holds and disposal"),
            new ActionKind("linkage.", "Record linkage for Supporting Families"),
            new ActionKind("legal.", "The legal catalogue"),
            new ActionKind("clock.", "Bank holidays and statutory clocks"),
            new ActionKind("readlog.", "Sealing the record of who read what"));

    static {
        ACTIONS.put("access.signed-in", "Signed in");
        ACTIONS.put("access.second-step", "Confirmed their sign-in with a second step");
        ACTIONS.put("decision.recorded", "Recorded a decision whether to share");
        ACTIONS.put("decision.family-recorded", "Recorded a decision about a family");
        ACTIONS.put("decision.advised", "Advised on a decision");
        ACTIONS.put("decision.disagreed", "Disagreed with a decision's outcome");
        ACTIONS.put("decision.judged", "Decided on a disagreement with a decision");
        ACTIONS.put("decision.override-reviewed", "Reviewed a decision that overrode a refusal of consent");
        ACTIONS.put("decision.verbal-share-recorded", "Recorded sharing by telephone or in person");
        ACTIONS.put("decision.written-confirmation-recorded", "Confirmed in writing what was shared verbally");
        ACTIONS.put("delivery.disclosure.sent", "Sent a disclosure");
        ACTIONS.put("delivery.disclosure.opened", "Opened a disclosure");
        ACTIONS.put("delivery.disclosure.downloaded", "Downloaded a disclosure");
        ACTIONS.put("delivery.disclosure.printed", "Printed a disclosure");
        ACTIONS.put("delivery.disclosure.viewed-by-sender", "Looked again at a disclosure they sent");
        ACTIONS.put("delivery.disclosure.withdrawn", "Withdrew a disclosure");
        ACTIONS.put("directory.user.handed-over", "Handed what someone whose access had ended left behind to a colleague");
        ACTIONS.put("delivery.disclosure.readdressed", "Handed a disclosure nobody had opened, left by someone whose access ended, to the colleague taking over or to the team the decision named");
        ACTIONS.put("delivery.disclosure.item-corrected", "Corrected an item of a disclosure");
        ACTIONS.put("delivery.disclosure.subject-access-read", "Gathered the disclosures about a person for their subject access request");
        ACTIONS.put("delivery.breach.recorded", "Recorded a potential breach");
        ACTIONS.put("delivery.notice.delivered", "Delivered a notice to the recipients of a disclosure");
        ACTIONS.put("delivery.notice.opened", "Opened a notice about a disclosure");
        ACTIONS.put("delivery.notice.acknowledged", "Confirmed acting on a notice about a disclosure");
        ACTIONS.put("consent.given", "Recorded consent");
        ACTIONS.put("consent.refused", "Recorded a refusal of consent");
        ACTIONS.put("consent.withdrawn", "Recorded that consent was withdrawn");
        ACTIONS.put("consent.relied-on", "Relied on consent to share");
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
        ACTIONS.put("directory.user.revocation-scheduled", "Set the day someone's access ends");
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

        // signing in and the directory
        ACTIONS.put("directory.user.locked", "Locked an account after too many failed attempts to sign in");
        ACTIONS.put("directory.user.unlocked", "Unlocked someone's account");
        ACTIONS.put("directory.user.second-step-added", "Set up a way to take the second step when signing in (an authenticator app or a passkey)");
        ACTIONS.put("directory.user.second-step-removed", "Removed one of their ways to take the second step when signing in");
        ACTIONS.put("directory.user.second-step-reset", "Reset someone's second step for signing in, removing their authenticator app, passkeys and recovery codes");
        ACTIONS.put("directory.user.recovery-codes-issued", "Created new recovery codes for their second step when signing in");
        ACTIONS.put("directory.organisation.two-step-roles-set", "Chose which roles must take a second step when signing in");

        // notifications, consent, datasets, requests and people
        ACTIONS.put("delivery.notification.queued", "Queued a notification telling someone that something is waiting for them");
        ACTIONS.put("delivery.notification.emailed", "Emailed someone a notification that something is waiting for them");
        ACTIONS.put("consent.withdrawal-notice.raised", "Raised a notice to tell a recipient that consent a share relied on was withdrawn");
        ACTIONS.put("consent.withdrawal-notice.done", "Finished telling a recipient that consent a share relied on was withdrawn");
        ACTIONS.put("dataset.upload.published", "Uploaded a dataset and published it to the recipient team");
        ACTIONS.put("dataset.upload.refused", "Uploaded a dataset that was refused: nothing was published");
        ACTIONS.put("dataset.upload.failed", "Uploaded a dataset that failed on an error: nothing was published");
        ACTIONS.put("dataset.upload.interrupted", "Ended a dataset upload that was interrupted: nothing was published");
        ACTIONS.put("dataset.opened", "Opened a dataset");
        ACTIONS.put("dataset.downloaded", "Downloaded a dataset");
        ACTIONS.put("dataset.report.downloaded", "Downloaded the report of the checks on a dataset upload");
        ACTIONS.put("dataset.specification.created", "Created a dataset specification");
        ACTIONS.put("dataset.specification.updated", "Changed a dataset specification");
        ACTIONS.put("request.sent", "Sent another organisation a request for information");
        ACTIONS.put("request.readdressed", "Handed a request still waiting for its answer to the colleague taking over from someone whose access ended");
        ACTIONS.put("request.answered", "Answered a request for information from another organisation with a decision");
        ACTIONS.put("request.answered-on-advice", "Answered a request for information when the advice on its decision settled the outcome");
        ACTIONS.put("request.reconsideration-asked", "Gave new information and asked another organisation to reconsider refusing a request for information");
        ACTIONS.put("subject.related", "Recorded that two people are members of the same family or household");
        ACTIONS.put("subject.corrected", "Corrected the person's name or date of birth");

        // sharing agreements
        ACTIONS.put("agreement.created", "Started drafting a sharing agreement");
        ACTIONS.put("agreement.draft-saved", "Saved changes to a draft sharing agreement");
        ACTIONS.put("agreement.submitted", "Submitted a sharing agreement for signature");
        ACTIONS.put("agreement.reopened", "Took a sharing agreement awaiting signatures back to draft (the signatures it had are void)");
        ACTIONS.put("agreement.signed", "Signed a sharing agreement for their organisation");
        ACTIONS.put("agreement.superseded", "Superseded the previous version of a sharing agreement with the newly signed one");
        ACTIONS.put("agreement.activated", "Brought a version of a sharing agreement into force (every party has signed it)");
        ACTIONS.put("agreement.amendment-started", "Started amending a sharing agreement in force");
        ACTIONS.put("agreement.reviewed", "Recorded a review of a sharing agreement");
        ACTIONS.put("agreement.terminated", "Terminated a sharing agreement");
        ACTIONS.put("agreement.published", "Published a sharing agreement for anyone to read");
        ACTIONS.put("agreement.imported", "Imported a sharing agreement from a file");
        ACTIONS.put("agreement.dpia.screened", "Screened a sharing agreement for whether it needs a data protection impact assessment (DPIA)");
        ACTIONS.put("agreement.dpia.assessed", "Recorded the data protection impact assessment (DPIA) of a sharing agreement");
        ACTIONS.put("agreement.dpia.signed-off", "Signed off the data protection impact assessment (DPIA) of a sharing agreement");

        // people's rights
        ACTIONS.put("rights.request.received", "Recorded a person's rights request");
        ACTIONS.put("rights.request.identity-checked", "Recorded how the identity of the person making a rights request was checked");
        ACTIONS.put("rights.request.person-confirmed", "Confirmed who a rights request is about in the organisation's records");
        ACTIONS.put("rights.request.person-not-held", "Confirmed that the organisation holds nothing about the person a rights request is about");
        ACTIONS.put("rights.request.paused", "Paused the clock on a rights request while waiting for the person");
        ACTIONS.put("rights.request.resumed", "Restarted the clock on a rights request");
        ACTIONS.put("rights.request.extended", "Extended the deadline of a rights request by two months");
        ACTIONS.put("rights.request.decided", "Decided a rights request");
        ACTIONS.put("rights.request.closed", "Closed a rights request");
        ACTIONS.put("rights.request.escalated", "Escalated an overdue rights request to the Data Protection Officer");
        ACTIONS.put("rights.request.passed-on", "Passed a granted rights request on to the recipients of the person's information");
        ACTIONS.put("rights.request.erased", "Carried out the erasure a rights request asked for");
        ACTIONS.put("rights.notice.sent", "Sent a notice asking a recipient to act on a rights request or a reported inaccuracy");
        ACTIONS.put("rights.notice.confirmed", "Confirmed acting on a notice about a rights request or a reported inaccuracy");
        ACTIONS.put("rights.notice.reminded", "Reminded a recipient that a notice about a rights request or a reported inaccuracy is due");
        ACTIONS.put("rights.notice.escalated", "Escalated an overdue notice about a rights request or a reported inaccuracy to both organisations' Data Protection Officers");
        ACTIONS.put("rights.bundle.prepared", "Prepared a subject access bundle");
        ACTIONS.put("rights.bundle.entry-chosen", "Chose whether to include or withhold an entry of a subject access bundle");
        ACTIONS.put("rights.bundle.identities-set", "Set the identities of other people to withhold from a subject access bundle");
        ACTIONS.put("rights.bundle.approved", "Approved a subject access bundle, fixing what will be released");
        ACTIONS.put("rights.bundle.reopened", "Took an approved subject access bundle back to draft");
        ACTIONS.put("rights.bundle.released", "Released a subject access bundle to the person");
        ACTIONS.put("rights.rectification.made", "Corrected a person's details or an item disclosed about them (rectification)");
        ACTIONS.put("rights.quality.reported", "Reported an inaccuracy in an item that was shared");
        ACTIONS.put("rights.quality.corrected", "Corrected an item reported as inaccurate, settling the report");
        ACTIONS.put("rights.quality.closed", "Closed a report of an inaccuracy without a correction");
        ACTIONS.put("rights.privacy-notice.published", "Published a new version of the organisation's privacy notice");
        ACTIONS.put("rights.person.informed", "Recorded whether a person was told that their information was shared");

        // complaints
        ACTIONS.put("complaint.received", "Recorded a complaint");
        ACTIONS.put("complaint.acknowledged", "Acknowledged a complaint");
        ACTIONS.put("complaint.investigator-assigned", "Asked someone to investigate a complaint");
        ACTIONS.put("complaint.linked", "Linked a complaint to the decision, disclosure or incident it concerns");
        ACTIONS.put("complaint.closed", "Closed a complaint with its outcome");
        ACTIONS.put("complaint.ico-referral-recorded", "Recorded that the complainant took a complaint to the Information Commissioner's Office");
        // public disclosure schemes
        ACTIONS.put("scheme.application-received", "Recorded an application under a public disclosure scheme");
        ACTIONS.put("scheme.checks-recorded", "Recorded the initial checks on an application under a disclosure scheme");
        ACTIONS.put("scheme.meeting-recorded", "Recorded meeting the applicant in person and verifying their identity");
        ACTIONS.put("scheme.forum-recorded", "Recorded the multi-agency forum's recommendation on a disclosure");
        ACTIONS.put("scheme.decided", "Decided whether to disclose under a public disclosure scheme");
        ACTIONS.put("scheme.disclosure-recorded", "Recorded a disclosure made in person and its undertaking of confidentiality");
        ACTIONS.put("complaint.deadlines-set", "Set the organisation's deadlines for acknowledging and answering complaints");

        // incidents and breaches
        ACTIONS.put("incident.reported", "Raised an incident for the Data Protection Officer to assess");
        ACTIONS.put("incident.attempt-counted", "Tried again to open a record without access (counted on the incident already open)");
        ACTIONS.put("incident.assessed", "Assessed the risk of an incident");
        ACTIONS.put("incident.ico-decided", "Decided whether to report an incident to the Information Commissioner's Office");
        ACTIONS.put("incident.ico-reported", "Recorded that an incident was reported to the Information Commissioner's Office");
        ACTIONS.put("incident.people-decided", "Decided whether to tell the people affected by an incident");
        ACTIONS.put("incident.people-told", "Recorded that the people affected by an incident were told");
        ACTIONS.put("incident.party-told", "Told another organisation about an incident");
        ACTIONS.put("incident.party-acknowledged", "Acknowledged an incident another organisation told them about");
        ACTIONS.put("incident.party-responded", "Responded to another organisation about an incident it told them about");
        ACTIONS.put("incident.note-added", "Added a note to an incident");
        ACTIONS.put("incident.referred", "Referred the misuse behind an incident to a disciplinary procedure, professional standards or the police");
        ACTIONS.put("incident.closed", "Closed an incident");

        // freedom of information assistance
        ACTIONS.put("foi.request.sent", "Asked partners for their views or data on an FOI or EIR request");
        ACTIONS.put("foi.consultation.sent", "Asked a partner organisation for its views or data on an FOI or EIR request");
        ACTIONS.put("foi.consultation.responded", "Gave their organisation's views on an FOI or EIR request");
        ACTIONS.put("foi.consultation.completed", "Completed their organisation's part in an FOI or EIR request");
        ACTIONS.put("foi.consultation.reminded", "Reminded a partner organisation that its answer on an FOI or EIR request is due");
        ACTIONS.put("foi.consultation.escalated", "Escalated a partner organisation's overdue answer on an FOI or EIR request");
        ACTIONS.put("foi.request.decided", "Recorded the final decision on an FOI or EIR request");

        // retention and disposal
        ACTIONS.put("retention.rule.set", "Set a retention rule");
        ACTIONS.put("retention.record.reviewed", "Decided at its retention review whether to keep a record or dispose of it");
        ACTIONS.put("retention.hold.placed", "Placed a legal hold: what it covers is not disposed of");
        ACTIONS.put("retention.hold.lifted", "Lifted a legal hold");
        ACTIONS.put("retention.case.closed", "Recorded the date the person's case was closed");
        ACTIONS.put("retention.case.reopened", "Reopened the person's case");
        ACTIONS.put("retention.case.last-contact", "Recorded the date of the last contact with the person");
        ACTIONS.put("retention.disposal.started", "Started a disposal run");
        ACTIONS.put("retention.disposal.batch", "Disposed of a batch of records in a disposal run");
        ACTIONS.put("retention.record.disposed", "Disposed of a record in a disposal run, as the ledger's record of it being gone");
        ACTIONS.put("retention.records.disposed", "Disposed of a batch's records of one kind in a disposal run, as the ledger's record of each being gone");
        ACTIONS.put("retention.reconsidered-link.cleared", "Kept a decision whose earlier decision was disposed of, clearing its link to that earlier decision");
        ACTIONS.put("retention.request-link.cleared", "Kept a request for information whose decision was disposed of, clearing its link to that decision");
        ACTIONS.put("retention.disposal.failed", "Ran a disposal that stopped part-way on an error");
        ACTIONS.put("retention.disposal.certified", "Finished a disposal run and issued its certificate");

        // record linkage for Supporting Families
        ACTIONS.put("linkage.plan.created", "Set up a record linkage for Supporting Families");
        ACTIONS.put("linkage.plan.changed", "Changed how a record linkage matches records or its outcomes plan");
        ACTIONS.put("linkage.extract.uploaded", "Sent the organisation's own encoded extract for record linkage");
        ACTIONS.put("linkage.run.started", "Started a record linkage run");
        ACTIONS.put("linkage.run.finished", "Finished a record linkage run");
        ACTIONS.put("linkage.run.failed", "Ran a record linkage that stopped without results (it failed or was interrupted)");
        ACTIONS.put("linkage.pair.decided", "Decided whether an uncertain pair of records is the same person");
        ACTIONS.put("linkage.person.split", "Separated some of a linked person's records from the rest");
        ACTIONS.put("linkage.run.published", "Published a record linkage run's families to the early help worklist");
        ACTIONS.put("linkage.family.opened", "Opened a family's evidence on the early help worklist");
        ACTIONS.put("linkage.programme.joined", "Took a family from the early help worklist into the programme");
        ACTIONS.put("linkage.progress.assessed", "Assessed a programme family's progress against the outcomes plan");

        // the legal catalogue, the statutory clocks and who read what
        ACTIONS.put("legal.catalogue.built-in-loaded", "Loaded this release's built-in provisions into the legal catalogue");
        ACTIONS.put("legal.provision.added", "Added a provision to the legal catalogue");
        ACTIONS.put("clock.nation.chosen", "Chose which UK nation's bank holidays count for deadlines");
        ACTIONS.put("clock.bank-holiday.added", "Added a bank holiday");
        ACTIONS.put("clock.bank-holiday.removed", "Removed a bank holiday");
        ACTIONS.put("clock.bank-holiday.year-added", "Confirmed a coming year's usual bank holidays");
        ACTIONS.put("readlog.window.sealed", "Sealed a window of the record of who read what into the ledger");

        RECORD_TYPES.put("user", "Account");
        RECORD_TYPES.put("organisation", "Organisation");
        RECORD_TYPES.put("team", "Team");
        RECORD_TYPES.put("api-token", "API token");
        RECORD_TYPES.put("ledger", "The ledger");
        RECORD_TYPES.put("disclosure", "Disclosure");
        RECORD_TYPES.put("dataset", "Dataset");
        RECORD_TYPES.put("subject", "Person");
        RECORD_TYPES.put("decision", "Decision");
        RECORD_TYPES.put("consent", "Consent");
        RECORD_TYPES.put("family-decision", "Family decision");
        RECORD_TYPES.put("information-request", "Request for information");
        RECORD_TYPES.put("potential-breach", "Potential breach");
        RECORD_TYPES.put("delivery-notice", "Notice about a disclosure");
        RECORD_TYPES.put("notification", "Notification");
        RECORD_TYPES.put("consent-withdrawal-notice", "Notice of withdrawn consent");
        RECORD_TYPES.put("dataset-specification", "Dataset specification");
        RECORD_TYPES.put("subject-relationship", "Family or household relationship");
        RECORD_TYPES.put("agreement", "Sharing agreement");
        RECORD_TYPES.put("rights-request", "Rights request");
        RECORD_TYPES.put("rights-notice", "Rights notice");
        RECORD_TYPES.put("access-bundle", "Subject access bundle");
        RECORD_TYPES.put("rectification", "Rectification");
        RECORD_TYPES.put("quality-report", "Report of an inaccuracy");
        RECORD_TYPES.put("privacy-notice", "Privacy notice");
        RECORD_TYPES.put("person-informed", "Whether a person was told");
        RECORD_TYPES.put("complaint", "Complaint");
        RECORD_TYPES.put("scheme-application", "Application under a disclosure scheme");
        RECORD_TYPES.put("incident", "Incident");
        RECORD_TYPES.put("foi-request", "FOI or EIR request");
        RECORD_TYPES.put("foi-consultation", "FOI or EIR request to a partner");
        RECORD_TYPES.put("retention-rule", "Retention rule");
        RECORD_TYPES.put("retention-review", "Retention review");
        RECORD_TYPES.put("legal-hold", "Legal hold");
        RECORD_TYPES.put("disposal-run", "Disposal run");
        RECORD_TYPES.put("linkage-plan", "Record linkage");
        RECORD_TYPES.put("linkage-run", "Record linkage run");
        RECORD_TYPES.put("legal-catalogue", "Legal catalogue");
        RECORD_TYPES.put("legal-provision", "Legal provision");
        RECORD_TYPES.put("partnership-calendar", "The partnership's calendar");
        RECORD_TYPES.put("organisation-calendar", "Organisation's calendar");
        RECORD_TYPES.put("bank-holiday-change", "Bank holiday change");
        RECORD_TYPES.put("read-window", "Window of who read what");
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
