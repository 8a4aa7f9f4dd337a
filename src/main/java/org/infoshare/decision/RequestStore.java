package org.infoshare.decision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.rules.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Requests' SQL. The person's details and the free text are sealed under the requester's subject key. */
@Repository
class RequestStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    RequestStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    record Details(InformationRequest.Person person, String reason) {
    }

    void insert(UUID id, UUID requesterOrganisation, UUID requesterUser, DecisionCommands.SendRequest command, Details details, Instant now) {
        jdbc.sql("""
                        insert into information_request (id, requester_organisation_id, requester_user_id, requester_subject_id, holder_organisation_id,
                            holder_team_id, purpose, gateway_code, for_partnership_functions, urgency, items, details_enc, status, sent_at)
                        values (:id, :requester, :user, :subject, :holder, :team, :purpose, :gateway, :functions, :urgency, :items, :details, 'OPEN', :now)""")
                .param("id", id).param("requester", requesterOrganisation).param("user", requesterUser)
                .param("subject", command.subjectId()).param("holder", command.holderOrganisationId()).param("team", command.holderTeamId())
                .param("purpose", command.purpose().name()).param("gateway", command.gatewayCode())
                .param("functions", Boolean.TRUE.equals(command.forPartnershipFunctions()))
                .param("urgency", (command.urgency() == null ? Urgency.ROUTINE : command.urgency()).name())
                .param("items", command.items().stream().distinct().toArray(String[]::new))
                .param("details", seal(command.subjectId(), json.writeValueAsString(details), "details_enc", id))
                .param("now", DecisionStore.utc(now))
                .update();
    }

    void decided(UUID id, UUID subject, UUID decisionId, Outcome outcome, String message, Instant now) {
        boolean answered = outcome != Outcome.SEEK_ADVICE;
        jdbc.sql("""
                        update information_request set decision_id = :decision, status = :status, outcome = :outcome, message_enc = :message,
                            answered_at = :answeredAt where id = :id""")
                .param("id", id).param("decision", decisionId)
                .param("status", answered ? "ANSWERED" : "AWAITING_ADVICE")
                .param("outcome", answered ? outcome.name() : null)
                .param("message", seal(subject, message.strip(), "message_enc", id))
                .param("answeredAt", answered ? DecisionStore.utc(now) : null)
                .update();
    }

    void answered(UUID id, Outcome outcome, Instant now) {
        jdbc.sql("update information_request set status = 'ANSWERED', outcome = :outcome, answered_at = :now where id = :id")
                .param("id", id).param("outcome", outcome.name()).param("now", DecisionStore.utc(now)).update();
    }

    void reopen(UUID id, UUID subject, String newInformation) {
        jdbc.sql("""
                        update information_request set status = 'OPEN', previous_decision_id = decision_id, decision_id = null, outcome = null,
                            answered_at = null, new_information_enc = :info where id = :id""")
                .param("id", id).param("info", seal(subject, newInformation.strip(), "new_information_enc", id)).update();
    }

    Optional<DecisionInputs.RequestContext> context(UUID id) {
        return jdbc.sql("select * from information_request where id = :id").param("id", id)
                .query((rs, n) -> new DecisionInputs.RequestContext(id, rs.getObject("requester_organisation_id", UUID.class),
                        rs.getString("gateway_code"), rs.getBoolean("for_partnership_functions"))).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from information_request where id = :id").param("id", id).query(this::row).optional();
    }

    List<Row> inbox(UUID holder) {
        return jdbc.sql("select * from information_request where holder_organisation_id = :org order by status <> 'OPEN', sent_at desc limit 100")
                .param("org", holder).query(this::row).list();
    }

    /** A request's status as a list narrows by it: not answered yet (open or waiting for advice), or answered. */
    static final java.util.Map<String, String> STATUSES = java.util.Map.of("AWAITING", "r.status <> 'ANSWERED'", "ANSWERED", "r.status = 'ANSWERED'");
    /**
     * Those awaiting an answer first, the most urgent first, and among them the one asked longest ago, whose answer is
     * due soonest (an answer is due by the request's urgency from when it was sent); then those answered, newest first.
     */
    private static final String ORDER = "r.status = 'ANSWERED', case when r.status = 'ANSWERED' then 3 when r.urgency = 'IMMEDIATE' then 0 "
            + "when r.urgency = 'URGENT' then 1 else 2 end, case when r.status <> 'ANSWERED' then r.sent_at end, r.sent_at desc, r.id";

    /** One page of the requests the organisation received that {@code addressed} lets the reader see, narrowed by the filter. */
    Page<Row> received(UUID holder, SqlCondition addressed, String status, String urgency, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "information_request r")
                .where("r.holder_organisation_id = :organisation", "organisation", holder)
                .where(addressed)
                .whereGiven(filter.organisation(), "r.requester_organisation_id = :other", "other"), status, urgency, filter)
                .page("r.*", ORDER, request, this::row);
    }

    /** One page of the requests the organisation sent that the reader sent or whose person {@code mayView} lets them see. */
    Page<Row> sent(UUID requester, UUID user, SqlCondition mayView, String status, String urgency, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "information_request r")
                .where("r.requester_organisation_id = :organisation", "organisation", requester)
                .where(new SqlCondition("r.requester_user_id = :user or " + mayView.sql(), mayView.params())).param("user", user)
                .whereGiven(filter.organisation(), "r.holder_organisation_id = :other", "other"), status, urgency, filter)
                .page("r.*", ORDER, request, this::row);
    }

    /** {@link NeedToKnow#requestIn} as a condition on the requests a reader's organisation received: the same verdict, in SQL. */
    static SqlCondition addressedTo(NeedToKnow.Reader reader) {
        if (reader.oversees()) {
            return SqlCondition.always();
        }
        return new SqlCondition((NeedToKnow.mayBreakGlass(reader) ? "r.holder_team_id is null or " : "") + "r.holder_team_id = any(:request_teams)",
                java.util.Map.of("request_teams", reader.teamIds().toArray(UUID[]::new)));
    }

    private static PagedQuery narrowed(PagedQuery query, String status, String urgency, ListFilter filter) {
        return query.whereIf(status != null, STATUSES.get(status == null ? "AWAITING" : status))
                .whereGiven(urgency, "r.urgency = :urgency", "urgency")
                .whereGiven(filter.fromMoment(), "r.sent_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "r.sent_at < :to", "to");
    }

    /** The requests the organisation sent about one of its people, newest first. */
    List<InformationRequest> aboutRequesterSubject(UUID requester, UUID subjectId) {
        return jdbc.sql("""
                        select * from information_request where requester_organisation_id = :org and requester_subject_id = :subject
                        order by sent_at desc limit 100""")
                .param("org", requester).param("subject", subjectId).query(this::row).list().stream().map(Row::request).toList();
    }

    /**
     * The requests the organisation received that are about one of its people: answered (or being answered) by a
     * decision about them, or asked about another organisation's person among {@code sameElsewhere}; newest first.
     */
    List<InformationRequest> receivedAbout(UUID holder, UUID subjectId, Collection<UUID> sameElsewhere) {
        return jdbc.sql("""
                        select * from information_request r where r.holder_organisation_id = :org
                           and (r.requester_subject_id = any(cast(:elsewhere as uuid[]))
                                or exists (select 1 from sharing_decision d
                                           where d.id in (r.decision_id, r.previous_decision_id) and d.subject_id = :subject))
                        order by r.sent_at desc limit 100""")
                .param("org", holder).param("subject", subjectId).param("elsewhere", sameElsewhere.toArray(UUID[]::new))
                .query(this::row).list().stream().map(Row::request).toList();
    }

    /** Whom (of the requesting organisations' people) the requests the organisation received are about. */
    List<UUID> requesterSubjectsAsking(UUID holder) {
        return jdbc.sql("select distinct requester_subject_id from information_request where holder_organisation_id = :org")
                .param("org", holder).query(UUID.class).list();
    }

    /** Sent by this person and not yet answered (open, or waiting for advice): the answer would come back to them. */
    int awaitingAnswerFor(UUID requester, UUID user) {
        return jdbc.sql("""
                        select count(*) from information_request where requester_organisation_id = :org and requester_user_id = :user
                           and status <> 'ANSWERED'""")
                .param("org", requester).param("user", user).query(Integer.class).single();
    }

    /** Makes a colleague the requester of those; the ids of the requests changed. */
    List<UUID> readdressAwaitingAnswer(UUID requester, UUID from, UUID to) {
        return jdbc.sql("""
                        update information_request set requester_user_id = :to where requester_organisation_id = :org
                           and requester_user_id = :from and status <> 'ANSWERED' returning id""")
                .param("org", requester).param("from", from).param("to", to).query(UUID.class).list();
    }

    /** A request as stored; the reply is added by the service, which may read the decision. */
    record Row(InformationRequest request, String message) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("requester_subject_id", UUID.class);
        Details details = json.readValue(open(subject, rs.getBytes("details_enc"), "details_enc", id), Details.class);
        String outcome = rs.getString("outcome");
        InformationRequest request = new InformationRequest(id, rs.getObject("requester_organisation_id", UUID.class),
                rs.getObject("requester_user_id", UUID.class), subject, rs.getObject("holder_organisation_id", UUID.class),
                rs.getObject("holder_team_id", UUID.class), SharingPurpose.valueOf(rs.getString("purpose")), rs.getString("gateway_code"),
                rs.getBoolean("for_partnership_functions"), Urgency.valueOf(rs.getString("urgency")), strings(rs.getArray("items")),
                details.person(), details.reason(), InformationRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("decision_id", UUID.class), rs.getObject("previous_decision_id", UUID.class),
                outcome == null ? null : new InformationRequest.Reply(Outcome.valueOf(outcome), null, List.of(), List.of(), List.of(), null),
                open(subject, rs.getBytes("new_information_enc"), "new_information_enc", id),
                instant(rs, "sent_at"), instant(rs, "answered_at"), InformationRequest.NOT_CHECKED);
        return new Row(request, open(subject, rs.getBytes("message_enc"), "message_enc", id));
    }

    private byte[] seal(UUID subject, String text, String column, UUID id) {
        return cipher.encryptText(KeyScope.subject(subject), text, "information_request." + column + ":" + id);
    }

    private String open(UUID subject, byte[] sealed, String column, UUID id) {
        return cipher.decryptText(KeyScope.subject(subject), sealed, "information_request." + column + ":" + id);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
