package org.infoshare.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.infoshare.retention.rules.DisposalDate;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disposal plan worked out in SQL ({@link DueRecords}) agrees with the planner in Java ({@link DisposalPlanner},
 * {@code DisposalDates}) record by record: the same kind of date, the same date where there is one to dispose on, the
 * same rule, the same records due and the same number held, under many generated sets of rules, over the council's
 * records with edge cases added in a transaction that is rolled back (a person under a legal hold, a record under one,
 * a case closed on 29 February, a review that decided not to keep and one that decided to keep, consent that was a
 * disclosure's only basis withdrawn), so that no other test sees them.
 */
@IntegrationTest
class DisposalPlanIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DisposalPlanner planner;
    @Autowired DueRecords sql;
    @Autowired RetentionStore store;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theQueryAndThePlannerInJavaAgreeOnEveryRecordUnderGeneratedRules() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        new ShareDecisions(mvc, demo).toPolice(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID dpo = demo.userId(DemoPartnership.COUNCIL_DPO);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            edgeCases(council, dpo);
            List<UUID> agreements = jdbc.sql("""
                            select distinct d.agreement_id from disclosure x join sharing_decision d on d.id = x.decision_id
                            where x.sender_organisation = :o and d.agreement_id is not null""")
                    .param("o", council).query(UUID.class).list();
            Random random = new Random(20261206L);
            List<List<StoredRule>> ruleSets = new ArrayList<>(fixedRuleSets(council));
            for (int i = 0; i < 30; i++) {
                ruleSets.add(generated(random, council, agreements));
            }
            for (List<StoredRule> rules : ruleSets) {
                compare(council, rules);
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void aRuleFromABirthdayIsLeftToThePlannerInJava() {
        UUID council = UUID.randomUUID();
        assertThat(DueRecords.canPlan(List.of(stored(council, null,
                RetentionRule.atAge(RecordType.PERSON, RetentionEvent.SCHOOL_YEAR_AFTER_BIRTHDAY, 25, "004 §7"))))).isFalse();
        assertThat(DueRecords.canPlan(List.of(stored(council, null,
                RetentionRule.disposeAfter(RecordType.PERSON, RetentionEvent.CASE_CLOSED, 6, "004 §7"))))).isTrue();
    }

    private void compare(UUID council, List<StoredRule> rules) {
        List<DisposalPlanner.Planned> java = planner.plan(council, LocalDate.now(), rules);
        List<DueRecords.Row> rows = sql.all(council, rules);
        Map<String, DueRecords.Row> byRecord = new HashMap<>();
        rows.forEach(r -> byRecord.put(r.type() + ":" + r.id(), r));
        assertThat(rows).as("one row per record under %s", rules).hasSameSizeAs(java);
        for (DisposalPlanner.Planned p : java) {
            DueRecords.Row r = byRecord.get(p.type() + ":" + p.recordId());
            assertThat(r).as("%s %s under %s", p.type(), p.recordId(), rules).isNotNull();
            assertThat(r.kind()).as("kind of %s %s (%s) under %s", p.type(), p.recordId(), p.date().reason(), rules).isEqualTo(p.date().kind());
            if (p.date().kind() == DisposalDate.Kind.DISPOSE_ON) {
                assertThat(r.date()).as("date of %s %s (%s) under %s", p.type(), p.recordId(), p.date().reason(), rules).isEqualTo(p.date().date());
            }
            assertThat(r.ruleId()).as("rule of %s %s", p.type(), p.recordId()).isEqualTo(p.rule() == null ? null : p.rule().id());
            assertThat(r.subject()).isEqualTo(p.subjectId());
        }
        for (LocalDate today : List.of(LocalDate.now(), LocalDate.of(2030, 1, 1), LocalDate.of(2060, 2, 29))) {
            DueRecords.Due due = sql.due(council, today, rules);
            Set<String> javaDue = new TreeSet<>();
            java.stream().filter(p -> p.dueOn(today)).forEach(p -> javaDue.add(p.type() + ":" + p.recordId()));
            Set<String> sqlDue = new TreeSet<>();
            due.due().forEach(r -> sqlDue.add(r.type() + ":" + r.id()));
            assertThat(sqlDue).as("due on %s under %s", today, rules).isEqualTo(javaDue);
            assertThat(due.held()).isEqualTo(java.stream().filter(p -> p.date().kind() == DisposalDate.Kind.HELD).count());
        }
    }

    /** Edge cases, in the caller's transaction. */
    private void edgeCases(UUID council, UUID dpo) {
        List<UUID> people = jdbc.sql("""
                        select s.id from data_subject s where s.organisation_id = :o
                          and exists (select 1 from disclosure x where x.subject_id = s.id and x.sender_organisation = :o)
                        order by s.id limit 4""").param("o", council).query(UUID.class).list();
        assertThat(people).as("the council has disclosed about people").isNotEmpty();
        hold(council, dpo, people.get(0), null, null);
        if (people.size() > 1) {
            caseOf(council, dpo, people.get(1), LocalDate.of(2016, 2, 29), LocalDate.of(2019, 1, 31));
        }
        if (people.size() > 2) {
            UUID disclosure = jdbc.sql("select id from disclosure where subject_id = :s and sender_organisation = :o limit 1")
                    .param("s", people.get(2)).param("o", council).query(UUID.class).single();
            hold(council, dpo, null, "DISCLOSURE", disclosure);
            caseOf(council, dpo, people.get(2), LocalDate.of(2012, 8, 31), null);
        }
        jdbc.sql("select id from sharing_decision where organisation_id = :o order by id limit 2").param("o", council).query(UUID.class).list()
                .forEach(decision -> review(council, dpo, "SHARING_DECISION", decision, false));
        jdbc.sql("select id from consent_record where organisation_id = :o order by id limit 2").param("o", council).query(UUID.class).list()
                .forEach(consent -> review(council, dpo, "CONSENT_RECORD", consent, true));
        jdbc.sql("select id from disclosure where sender_organisation = :o order by id desc limit 1").param("o", council).query(UUID.class).list()
                .forEach(disclosure -> review(council, dpo, "DISCLOSURE", disclosure, false));
        // A disclosure whose only lawful basis was consent, relied on by its decision, then withdrawn.
        jdbc.sql("""
                        select x.id, d.consent_id from disclosure x join sharing_decision d on d.id = x.decision_id
                        where x.sender_organisation = :o and d.consent_id is not null and not d.consent_overridden limit 1""")
                .param("o", council).query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                .forEach(pair -> {
                    jdbc.sql("update disclosure set lawful_basis = cast('[{\"code\":\"UKGDPR-A6-1A\"}]' as jsonb) where id = :id")
                            .param("id", pair.get(0)).update();
                    jdbc.sql("update consent_record set withdrawn_at = timestamptz '2017-03-26 00:30:00+00' where id = :id")
                            .param("id", pair.get(1)).update();
                });
    }

    private void hold(UUID council, UUID dpo, UUID subject, String type, UUID record) {
        store.placeHold(UUID.randomUUID(), council, subject, type == null ? null : RecordType.valueOf(type), record, "Litigation", dpo, Instant.now());
    }

    private void caseOf(UUID council, UUID dpo, UUID subject, LocalDate closed, LocalDate lastContact) {
        jdbc.sql("""
                        insert into person_case (subject_id, organisation_id, closed_on, last_contact_on, changed_at, changed_by)
                        values (:s, :o, :closed, :contact, now(), :by)
                        on conflict (subject_id) do update set closed_on = :closed, last_contact_on = :contact""")
                .param("s", subject).param("o", council).param("closed", closed).param("contact", lastContact).param("by", dpo).update();
    }

    private void review(UUID council, UUID dpo, String type, UUID record, boolean keep) {
        jdbc.sql("""
                        insert into record_review (id, organisation_id, record_type, record_id, reviewed_on, reviewed_by, keep)
                        values (:id, :o, :type, :record, :on, :by, :keep)""")
                .param("id", UUID.randomUUID()).param("o", council).param("type", type).param("record", record)
                .param("on", LocalDate.of(2020, 2, 29)).param("by", dpo).param("keep", keep).update();
    }

    /** Rule sets chosen for their edges: none at all, everything at once, dates at the end of a month. */
    private static List<List<StoredRule>> fixedRuleSets(UUID council) {
        return List.of(List.of(),
                List.of(stored(council, null, RetentionRule.disposeAfter(RecordType.DISCLOSURE, RetentionEvent.SENT, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.SHARING_DECISION, RetentionEvent.DECISION_MADE, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.CONSENT_RECORD, RetentionEvent.RECORDED, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.PERSON, RetentionEvent.RECORDED, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.RIGHTS_REQUEST, RetentionEvent.REQUEST_CLOSED, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.DATASET, RetentionEvent.SENT, 0, "test")),
                        stored(council, null, RetentionRule.disposeAfter(RecordType.READ_LOG, RetentionEvent.READ, 0, "test"))),
                List.of(stored(council, null, new RetentionRule(RecordType.PERSON, RetentionRule.Action.DISPOSE, RetentionEvent.CASE_CLOSED, 1, 1,
                                null, 0, null, "test")),
                        stored(council, null, new RetentionRule(RecordType.DISCLOSURE, RetentionRule.Action.DISPOSE, RetentionEvent.LAST_CONTACT, 0, 1,
                                null, 0, null, "test"))));
    }

    /** A random rule, or none, for each kind of record (birthday rules aside), sometimes one for an agreement's data too. */
    private static List<StoredRule> generated(Random random, UUID council, List<UUID> agreements) {
        List<StoredRule> rules = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (random.nextInt(4) > 0) {
                rules.add(stored(council, null, rule(random, type)));
            }
            if (type.perAgreement() && !agreements.isEmpty() && random.nextBoolean()) {
                rules.add(stored(council, agreements.get(random.nextInt(agreements.size())), rule(random, type)));
            }
        }
        return rules;
    }

    private static RetentionRule rule(Random random, RecordType type) {
        List<RetentionEvent> events = type.events().stream().filter(e -> !e.needsAge()).sorted().toList();
        RetentionEvent event = events.get(random.nextInt(events.size()));
        if (random.nextInt(5) == 0) {
            return new RetentionRule(type, RetentionRule.Action.REVIEW, event, 0, 0, null, 1 + random.nextInt(5), null, "test");
        }
        return new RetentionRule(type, RetentionRule.Action.DISPOSE, event, random.nextInt(9), random.nextInt(12), null, 0, null, "test");
    }

    private static StoredRule stored(UUID council, UUID agreement, RetentionRule rule) {
        return new StoredRule(UUID.randomUUID(), council, agreement, 1, rule, Instant.now(), null, null);
    }
}
