package org.infoshare.decision.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema 1: the decisions rules 2026.11-1 recorded as three sealed JSON documents (what was stated, the
 * facts, the result), in the shape of that release's command and engine classes, and turns them into the current
 * record without changing a word the record says. The words that release showed for its codes (purposes, methods,
 * the advisers' questions) are kept here as they were, so that no later renaming can reach an old record.
 */
final class RecordV1 {

    static final int SCHEMA = 1;

    private static final Map<String, String> PURPOSES = Map.of(
            "SAFEGUARDING_CHILD", "Safeguarding a child: protecting them from abuse, neglect or harm",
            "SAFEGUARDING_ADULT", "Safeguarding an adult at risk of abuse or neglect",
            "CHILD_IN_NEED", "Assessing a child's needs and providing services (child in need)",
            "EARLY_HELP", "Early help and family support",
            "HEALTH_AND_CARE", "Providing health or social care",
            "PREVENTING_DETECTING_CRIME", "Preventing, detecting or investigating crime, or prosecuting offenders",
            "PUBLIC_PROTECTION", "Managing the risk posed by offenders (public protection, MAPPA)",
            "PARTNERSHIP_REVIEW", "The safeguarding partnership's functions (practice reviews, child death reviews)",
            "SERVICE_PLANNING", "Planning services, statistics or performance reporting",
            "OTHER", "Another purpose");

    private static final Map<String, String> METHODS = Map.of(
            "INFOSHARE_PLATFORM", "This platform (encrypted, access-controlled, audited)",
            "ENCRYPTED_EMAIL", "Email encrypted from named sender to named recipient",
            "TLS_EMAIL", "Email over enforced TLS between both domains",
            "SECURE_GROUP_EMAIL", "Secure group email service (for example CJSM)",
            "SECURE_REPOSITORY", "Secure corporately managed sharing platform",
            "SECURE_FILE_TRANSFER", "Secure file transfer protocol",
            "VPN", "Virtual private network",
            "TELEPHONE_OR_MEETING", "Telephone or meeting, when urgent, recorded in writing afterwards");

    private static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("PURPOSE_LEGITIMATE", "Is there a clear and legitimate purpose for sharing?"),
            Map.entry("CHILD_AT_RISK", "Is a child suffering, or at risk of suffering, significant harm?"),
            Map.entry("ADULT_CARE_NEEDS", "Does the adult have needs for care and support?"),
            Map.entry("ADULT_ABUSE_OR_NEGLECT", "Is the adult experiencing, or at risk of, neglect or physical, mental or emotional harm?"),
            Map.entry("ADULT_UNABLE_TO_PROTECT", "As a result of those needs, is the adult unable to protect themselves?"),
            Map.entry("VITAL_INTERESTS", "Is sharing needed to protect someone's life (their vital interests)?"),
            Map.entry("PROPORTIONATE", "Is sharing proportionate to the need and the level of risk?"),
            Map.entry("LESS_INTRUSIVE_MEANS", "Is there another, equally effective and less intrusive way to achieve the aim?"),
            Map.entry("PARTNERSHIP_FUNCTIONS", "Is the safeguarding partnership's request for the purpose of its functions?"),
            Map.entry("OUTSIDE_UK_SAFEGUARDS", "Are appropriate safeguards in place for processing outside the UK?"),
            Map.entry("OUTSIDE_UK_EXCEPTION", "Does a specific safeguarding need justify sending it outside the UK without those safeguards?"),
            Map.entry("OVERRIDE_JUSTIFICATION", "Is overriding the person's refusal or withdrawal of consent justified and proportionate?"),
            Map.entry("PRACTITIONER_ASKED", "The practitioner asked for advice before deciding"));

    private RecordV1() {
    }

    static DecisionRecord read(JsonMapper json, String statedJson, String factsJson, String resultJson, String engineVersion) {
        JsonNode stated = json.readTree(statedJson);
        JsonNode facts = json.readTree(factsJson);
        JsonNode result = json.readTree(resultJson);
        return new DecisionRecord(DecisionRecord.CURRENT, stated(stated), facts(facts), result(result, engineVersion), List.of(), null, null);
    }

    private static DecisionRecord.Stated stated(JsonNode s) {
        List<DecisionRecord.StatedItem> items = new ArrayList<>();
        for (JsonNode item : s.path("items")) {
            items.add(new DecisionRecord.StatedItem(text(item, "code"), bool(item, "necessary"), bool(item, "identifiesOthers"), null));
        }
        return new DecisionRecord.Stated(uuid(s, "subjectId"), text(s, "mode"), integer(s, "ageYears"), bool(s, "deceased"), null,
                uuid(s, "recipientOrganisationId"), uuid(s, "recipientTeamId"), text(s, "recipientPerson"), text(s, "purpose"), text(s, "purposeDetails"),
                text(s, "purposeLegitimate"), items, bool(s, "identifiable"), bool(s, "confidential"), null, null, uuid(s, "consentId"),
                text(s, "consentNotSoughtReason"), text(s, "consentOverrideJustification"), text(s, "childAtRisk"), text(s, "adultCareNeeds"),
                text(s, "adultAbuseOrNeglect"), text(s, "adultUnableToProtect"), text(s, "vitalInterests"), texts(s, "publicInterest"),
                texts(s, "gatewayCodes"), text(s, "proportionate"), text(s, "lessIntrusiveMeans"), text(s, "urgency"), text(s, "outsideUk"),
                text(s, "outsideUkException"), text(s, "informPerson"), text(s, "notInformReason"), bool(s, "adviceWanted"), text(s, "adviserRole"),
                text(s, "rationale"));
    }

    private static DecisionRecord.Facts facts(JsonNode f) {
        List<DecisionRecord.Item> items = new ArrayList<>();
        for (JsonNode i : f.path("items")) {
            items.add(new DecisionRecord.Item(text(i, "code"), text(i, "label"), text(i, "category"), text(i, "specialCategory"),
                    i.path("opinion").asBoolean(), i.path("necessary").asBoolean(), i.path("identifiesOthers").asBoolean(), true));
        }
        JsonNode consent = f.path("consent");
        JsonNode record = consent.path("record");
        DecisionRecord.Consent c = new DecisionRecord.Consent(present(record) ? uuid(record, "consentId") : null,
                present(record) ? text(record, "state") : null, record.path("explicit").asBoolean(), record.path("lackedCapacity").asBoolean(),
                texts(record, "purposes"), uuids(record, "recipients"), date(record, "validFrom"), date(record, "validUntil"),
                text(consent, "notSoughtReason"), text(consent, "overrideJustification"), consent.path("overrideDeclined").asBoolean());
        Map<String, String> safeguarding = new LinkedHashMap<>();
        for (String answer : List.of("childAtRisk", "adultCareNeeds", "adultAbuseOrNeglect", "adultUnableToProtect", "vitalInterests")) {
            safeguarding.put(answer, text(f.path("safeguarding"), answer));
        }
        safeguarding.values().removeIf(java.util.Objects::isNull);
        JsonNode request = f.path("request");
        String purpose = text(f, "purpose");
        return new DecisionRecord.Facts(text(f, "mode"), integer(f.path("person"), "ageYears"), f.path("person").path("deceased").asBoolean(), null,
                uuid(f.path("holder"), "organisationId"), null, uuid(f, "recipientOrganisationId"), null,
                new DecisionRecord.Coded(purpose, PURPOSES.getOrDefault(purpose, purpose)), text(f, "purposeLegitimate"), items,
                f.path("identifiable").asBoolean(), f.path("confidential").asBoolean(), null, null, null, c, safeguarding, texts(f, "publicInterest"),
                text(f.path("proportionality"), "proportionate"), text(f.path("proportionality"), "lessIntrusiveMeans"), texts(f, "gatewayCodes"),
                present(request) ? text(request, "gatewayCode") : null, present(request) ? text(request, "forPartnershipFunctions") : null,
                text(f, "urgency"), text(f, "outsideUk"), text(f, "outsideUkException"), text(f.path("inform"), "willInform"),
                text(f.path("inform"), "reasonNot"), f.path("adviceWanted").asBoolean(), date(f, "today"));
    }

    private static DecisionRecord.Result result(JsonNode r, String engineVersion) {
        List<DecisionRecord.Step> path = new ArrayList<>();
        for (JsonNode s : r.path("path")) {
            path.add(new DecisionRecord.Step(text(s, "question"), text(s, "answer"), text(s, "explanation"), text(s, "citation")));
        }
        List<DecisionRecord.Link> chain = new ArrayList<>();
        boolean consentBasis = false;
        for (JsonNode l : r.path("chain")) {
            chain.add(new DecisionRecord.Link(text(l, "code"), text(l, "kind"), text(l, "citation"), text(l, "title"), text(l, "why")));
            consentBasis |= "UKGDPR-A6-1A".equals(text(l, "code"));
        }
        JsonNode c = r.path("conditions");
        List<DecisionRecord.Coded> methods = new ArrayList<>();
        for (String method : texts(c, "secureMethods")) {
            methods.add(new DecisionRecord.Coded(method, METHODS.getOrDefault(method, method)));
        }
        List<DecisionRecord.Coded> questions = new ArrayList<>();
        for (String question : texts(r, "openQuestions")) {
            questions.add(new DecisionRecord.Coded(question, QUESTIONS.getOrDefault(question, question)));
        }
        DecisionRecord.Conditions conditions = new DecisionRecord.Conditions(methods, c.path("informPerson").asBoolean(), text(c, "notInformReason"),
                c.path("distinguishFactFromOpinion").asBoolean(), c.path("protectThirdParties").asBoolean(), c.path("confirmInWriting").asBoolean(),
                c.path("outsideUkSafeguards").asBoolean(), texts(c, "notes"));
        return new DecisionRecord.Result(text(r, "outcome"), text(r, "summary"), path, chain, items(r.path("shared")), items(r.path("withheld")),
                conditions, uuid(r, "consentId"), r.path("consentOverridden").asBoolean(), r.path("managerReview").asBoolean(), uuid(r, "agreementId"),
                questions, text(r, "adviser"), consentBasis, null, engineVersion);
    }

    private static List<DecisionRecord.ItemDecision> items(JsonNode list) {
        List<DecisionRecord.ItemDecision> items = new ArrayList<>();
        for (JsonNode i : list) {
            items.add(new DecisionRecord.ItemDecision(text(i, "code"), text(i, "label"), text(i, "category"), text(i, "specialCategory"),
                    i.path("opinion").asBoolean(), text(i, "reason")));
        }
        return items;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return present(value) ? value.asString() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return present(value) ? value.asBoolean() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return present(value) ? value.asInt() : null;
    }

    private static UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : UUID.fromString(value);
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.path(field)) {
            values.add(value.asString());
        }
        return values;
    }

    private static List<UUID> uuids(JsonNode node, String field) {
        return texts(node, field).stream().map(UUID::fromString).toList();
    }
}
