package org.infoshare.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.support.DemoPartnership;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A record of every kind the API names in its paths, made through the API before the authorisation matrix runs, so
 * that the matrix has a real id of each kind to try whatever other tests have run before it.
 */
final class MatrixRecords {

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final DirectoryLookup directory;

    MatrixRecords(MockMvc mvc, DemoPartnership demo, DirectoryLookup directory) {
        this.mvc = mvc;
        this.demo = demo;
        this.directory = directory;
    }

    void ofEveryKind() throws Exception {
        aWithdrawnDisclosure();
        String subject = aNoticeOfWithdrawnConsent();
        aFamilyDecision();
        aRectificationPassedOn(subject);
        anOpenAccessRequest();
        aLegalHold(subject);
        anFoiRequestToThePolice();
        aComplaint();
        aSchemeApplication();
        anInaccuracyReported();
        aLinkageRun();
    }

    /** An inaccuracy the recipient reported in a disclosure, so that reports and their notices have real ids to try. */
    private void anInaccuracyReported() throws Exception {
        String worker = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID police = demo.organisation("Westshire Police").id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).findFirst().orElseThrow().id();
        String subject = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/subjects", "{\"reference\":\"MATRIX-Q-%s\",\"name\":\"Sam Probe\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8))), "$.id");
        String decision = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern","identifiesOthers":true},{"code":"address"}],
                 "identifiable":true,"confidential":true,"consentId":null,"consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES",
                 "vitalInterests":"NO","proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"Bruises seen twice"}""".formatted(subject, police)), "$.id");
        String disclosure = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","items":[{"code":"address","content":"2 Probe Street","kind":"FACT",
                 "historical":false,"notToSubject":false}]}""".formatted(decision, desk)), "$.id");
        send(demo.token(DemoPartnership.POLICE_PRACTITIONER), HttpMethod.POST, "/api/v1/rights/quality-reports",
                "{\"disclosureId\":\"%s\",\"itemCode\":\"address\",\"whatIsWrong\":\"Sent by the authorisation matrix\"}".formatted(disclosure));
    }

    /**
     * A finished linkage run with pairs to review, a flagged person (one record sent under fourteen references: more
     * than a person has) and families, made by the council's Adult Social Care team as its analysts.
     */
    private void aLinkageRun() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        String dpo = demo.token(DemoPartnership.COUNCIL_DPO);
        String analyst = demo.token("adults@westshire-council.example");
        List<String> agreements = JsonPath.read(send(dpo, HttpMethod.GET, "/api/v1/agreements", null),
                "$[?(@.title == 'Westshire Supporting Families Data Sharing Agreement' && @.status == 'ACTIVE')].id");
        String plan = JsonPath.read(send(dpo, HttpMethod.POST, "/api/v1/linkage-plans", """
                {"agreementId":"%s","name":"Matrix linkage","analystTeamId":"%s","worklistTeamId":"%s","secretFingerprint":"%s"}"""
                .formatted(agreements.get(0), team(council, "Adult Social Care"), team(council, "Early Help"),
                        org.infoshare.linkage.LinkageExtracts.fingerprint())), "$.id");
        String extract = new String(org.infoshare.linkage.LinkageExtracts.extract(20_261_207L, 300), java.nio.charset.StandardCharsets.UTF_8);
        String first = extract.split("\r?\n")[1];
        StringBuilder many = new StringBuilder(extract);
        for (int i = 1; i <= 14; i++) {
            many.append("MATRIX-").append(i).append(first.substring(first.indexOf(','))).append("\r\n");
        }
        MvcResult uploaded = mvc.perform(request(HttpMethod.POST, "/api/v1/linkage-plans/" + plan + "/own-extract")
                .header("Authorization", "Bearer " + analyst).contentType("text/csv").content(many.toString())).andReturn();
        assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(201);
        send(analyst, HttpMethod.PUT, "/api/v1/linkage-plans/" + plan + "/settings", """
                {"matchWeight":12,"reviewWeight":-4,"blocking":["NHS_NUMBER","DATE_OF_BIRTH","NAMES_AND_BIRTH_YEAR"],"maxBlockSize":2000,"version":0}""");
        String run = JsonPath.read(send(analyst, HttpMethod.POST, "/api/v1/linkage-plans/" + plan + "/runs", null), "$.id");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        String status = "RUNNING";
        while ("RUNNING".equals(status) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = JsonPath.read(send(analyst, HttpMethod.GET, "/api/v1/linkage-runs/" + run, null), "$.status");
        }
        assertThat(status).as("the matrix's linkage run finished").isEqualTo("FINISHED");
    }

    private UUID team(UUID organisation, String name) {
        return directory.teams(organisation).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A potential breach and a notice to the recipients: a disclosure sent from the demo's share decision, then withdrawn. */
    private void aWithdrawnDisclosure() throws Exception {
        String worker = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String shares = send(worker, HttpMethod.GET, "/api/v1/disclosures/share-decisions", null);
        UUID police = demo.organisation("Westshire Police").id();
        List<Map<String, Object>> toPolice = JsonPath.read(shares, "$[?(@.recipientOrganisationId == '" + police + "')]");
        assertThat(toPolice).as("the demo's share decision to the police").isNotEmpty();
        Map<String, Object> share = toPolice.get(0);
        Object team = share.get("recipientTeamId") != null ? share.get("recipientTeamId") : directory.teams(police).stream()
                .filter(t -> t.name().equals("Public Protection Desk")).findFirst().orElseThrow().id();
        List<String> codes = JsonPath.read(shares, "$[?(@.decisionId == '" + share.get("decisionId") + "')].items[*].code");
        String items = codes.stream().map(code -> "{\"code\":\"" + code + "\",\"content\":\"Matrix probe\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":false}")
                .collect(Collectors.joining(","));
        String created = send(worker, HttpMethod.POST, "/api/v1/disclosures", "{\"decisionId\":\"%s\",\"recipientTeamId\":\"%s\",\"items\":[%s]}"
                .formatted(share.get("decisionId"), team, items));
        send(worker, HttpMethod.POST, "/api/v1/disclosures/" + JsonPath.read(created, "$.id") + "/withdrawal",
                "{\"reason\":\"Sent by the authorisation matrix\"}");
    }

    /** A notice to a recipient: a disclosure made on consent, then the consent withdrawn and the notice delivered. */
    private String aNoticeOfWithdrawnConsent() throws Exception {
        String worker = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID police = demo.organisation("Westshire Police").id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).findFirst().orElseThrow().id();
        String subject = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/subjects", "{\"reference\":\"MATRIX-%s\",\"name\":\"Alex Probe\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8))), "$.id");
        String consent = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PERSON","capacity":"ASSUMED","explicit":true,"medium":"WRITTEN",
                 "givenOn":"%s","whatWasAgreed":"Share with the police","purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}"""
                .formatted(subject, LocalDate.now(), police)), "$.id");
        String decision = JsonPath.read(send(worker, HttpMethod.POST, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"address"}],"identifiable":true,"confidential":true,"consentId":"%s","childAtRisk":"NO",
                 "vitalInterests":"NO","proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"YES",
                 "rationale":"They agreed"}""".formatted(subject, police, consent)), "$.id");
        send(worker, HttpMethod.POST, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","items":[{"code":"address","content":"1 Probe Street","kind":"FACT",
                 "historical":false,"notToSubject":false}]}""".formatted(decision, desk));
        send(worker, HttpMethod.POST, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"" + LocalDate.now() + "\"}");
        String notices = send(worker, HttpMethod.GET, "/api/v1/withdrawal-notices", null);
        List<String> ids = JsonPath.read(notices, "$[?(@.consentId == '" + consent + "')].id");
        assertThat(ids).as("the withdrawal notice to deliver").isNotEmpty();
        send(worker, HttpMethod.POST, "/api/v1/withdrawal-notices/" + ids.get(0) + "/delivery", null);
        return subject;
    }

    /** A decision about a family (a child and a parent), so that the family's record has a real id to try. */
    private void aFamilyDecision() throws Exception {
        String worker = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID police = demo.organisation("Westshire Police").id();
        String child = aPerson(worker, "Robin Probe", "2017-02-02");
        String parent = aPerson(worker, "Sam Probe", "1990-03-03");
        send(worker, HttpMethod.POST, "/api/v1/subjects/" + child + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"PARENT\"}".formatted(parent));
        String member = """
                {"subjectId":"%s","theChildAtRisk":%s,"items":[{"code":"address","protectsChild":true}],
                 "consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK"%s}""";
        String adult = ",\"adultCareNeeds\":\"NO\",\"adultAbuseOrNeglect\":\"NO\",\"adultUnableToProtect\":\"NO\"";
        send(worker, HttpMethod.POST, "/api/v1/family-decisions", """
                {"subjectId":"%s","members":[%s,%s],"recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "identifiable":true,"confidential":true,"childAtRisk":"YES","vitalInterests":"NO","proportionate":"YES","lessIntrusiveMeans":"NO",
                 "outsideUk":"NO","rationale":"Probed by the authorisation matrix"}"""
                .formatted(child, member.formatted(child, true, ""), member.formatted(parent, false, adult), police));
    }

    private String aPerson(String token, String name, String dateOfBirth) throws Exception {
        return JsonPath.read(send(token, HttpMethod.POST, "/api/v1/subjects", "{\"reference\":\"MATRIX-%s\",\"name\":\"%s\",\"dateOfBirth\":\"%s\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8), name, dateOfBirth)), "$.id");
    }

    /** A rights request, granted and passed on to the recipients: a notice each recipient answers. */
    private void aRectificationPassedOn(String subject) throws Exception {
        String dpo = demo.token(DemoPartnership.COUNCIL_DPO);
        LocalDate today = LocalDate.now();
        String request = JsonPath.read(send(dpo, HttpMethod.POST, "/api/v1/rights/requests", """
                {"kind":"RECTIFICATION","receivedOn":"%s","receivedHow":"LETTER","capacity":"THE_PERSON","requesterName":"Alex Probe",
                 "details":"My address is wrong"}""".formatted(today)), "$.id");
        String path = "/api/v1/rights/requests/" + request;
        send(dpo, HttpMethod.POST, path + "/identity", "{\"check\":\"KNOWN_TO_SERVICE\",\"checkedOn\":\"%s\"}".formatted(today));
        send(dpo, HttpMethod.POST, path + "/person", "{\"subjectId\":\"%s\"}".formatted(subject));
        send(dpo, HttpMethod.POST, path + "/corrections/person", "{\"name\":\"Alex Probe-Smith\",\"why\":\"They showed their passport\"}");
        send(dpo, HttpMethod.POST, path + "/decision", "{\"outcome\":\"GRANTED\",\"note\":\"Corrected\",\"decidedOn\":\"%s\"}".formatted(today));
        send(dpo, HttpMethod.POST, path + "/notices", "{\"itemCodes\":[\"address\"]}");
    }

    /** A request still in the queue (the queue lists open requests only). */
    private void anOpenAccessRequest() throws Exception {
        send(demo.token(DemoPartnership.COUNCIL_DPO), HttpMethod.POST, "/api/v1/rights/requests", """
                {"kind":"ACCESS","receivedOn":"%s","receivedHow":"EMAIL","capacity":"THE_PERSON","requesterName":"Sam Probe",
                 "details":"Everything you hold about me"}""".formatted(LocalDate.now()));
    }

    private void aLegalHold(String subject) throws Exception {
        send(demo.token(DemoPartnership.COUNCIL_DPO), HttpMethod.POST, "/api/v1/retention/holds",
                "{\"subjectId\":\"%s\",\"reason\":\"Kept for the authorisation matrix\"}".formatted(subject));
    }

    /** An FOI request to the police: a consultation each side finds in its own list. */
    private void anFoiRequestToThePolice() throws Exception {
        UUID police = demo.organisation("Westshire Police").id();
        send(demo.token(DemoPartnership.COUNCIL_DPO), HttpMethod.POST, "/api/v1/foi/requests", """
                {"regime":"FOI","holderReference":"FOI/MATRIX/%s","receivedOn":"%s","request":"How many referrals were made?",
                 "asks":["VIEWS"],"partners":["%s"]}""".formatted(UUID.randomUUID().toString().substring(0, 6), LocalDate.now(), police));
    }

    private void aComplaint() throws Exception {
        send(demo.token(DemoPartnership.COUNCIL_DPO), HttpMethod.POST, "/api/v1/complaints", """
                {"receivedOn":"%s","channel":"LETTER","complainant":"A parent, by letter","summary":"Shared without asking me",
                 "topics":["SHARED_WITHOUT_CONSENT"]}""".formatted(LocalDate.now()));
    }

    /** An application under a public disclosure scheme, recorded by the police (004 §8.3). */
    private void aSchemeApplication() throws Exception {
        String officer = demo.token(DemoPartnership.POLICE_PRACTITIONER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String atRisk = JsonPath.read(send(officer, HttpMethod.POST, "/api/v1/subjects", "{\"reference\":\"MATRIX-R-%s\",\"name\":\"Ria Probe\"}"
                .formatted(tag)), "$.id");
        String about = JsonPath.read(send(officer, HttpMethod.POST, "/api/v1/subjects", "{\"reference\":\"MATRIX-S-%s\",\"name\":\"Sol Probe\"}"
                .formatted(tag)), "$.id");
        send(officer, HttpMethod.POST, "/api/v1/schemes/applications", """
                {"scheme":"DVDS_RIGHT_TO_ASK","receivedOn":"%s","howReceived":"TELEPHONE","applicantName":"A member of the public",
                 "applicantContact":"By telephone","relationship":"Friend","personAtRiskId":"%s","subjectId":"%s"}"""
                .formatted(LocalDate.now(java.time.ZoneId.of("Europe/London")), atRisk, about));
    }

    private String send(String token, HttpMethod method, String path, String body) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString()).isLessThan(300);
        return result.getResponse().getContentAsString();
    }
}
