package org.infoshare.readlog;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opening a decision or a consent record, on its page or through the API, is recorded in the read log (002 §4.5); a refused look is not a read. */
@IntegrationTest
class ReadHooksIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired ReadLog reads;

    @Test
    void openingADecisionOrAConsentRecordIsRecordedWithWhoAndHow() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String worker = DemoPartnership.COUNCIL_PRACTITIONER;
        ShareDecisions.Decided decided = shares.toPolice(worker);
        UUID consent = UUID.fromString(JsonPath.read(shares.post(worker, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"Share with the police",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(decided.subjectId(), demo.organisation("Westshire Police").id())),
                "$.id"));
        assertThat(reads.allOfRecord(RecordKind.DECISION, decided.decisionId())).isEmpty();
        assertThat(reads.allOfRecord(RecordKind.CONSENT, consent)).isEmpty();

        open(worker, "/api/v1/decisions/" + decided.decisionId(), 200);
        open(DemoPartnership.COUNCIL_DPO, "/decisions/" + decided.decisionId(), 200);
        open(worker, "/api/v1/consents/" + consent, 200);
        open(worker, "/consents/" + consent, 200);
        open(DemoPartnership.POLICE_PRACTITIONER, "/api/v1/consents/" + consent, 404);

        List<RecordRead> decisionReads = reads.allOfRecord(RecordKind.DECISION, decided.decisionId());
        assertThat(decisionReads).extracting(RecordRead::readerId)
                .containsExactlyInAnyOrder(demo.userId(worker), demo.userId(DemoPartnership.COUNCIL_DPO));
        assertThat(decisionReads).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo(decided.subjectId());
            assertThat(r.how()).isEqualTo(ReadHow.VIEWED);
            assertThat(r.ownerOrganisationId()).isEqualTo(demo.organisation("Westshire County Council").id());
        });
        List<RecordRead> consentReads = reads.allOfRecord(RecordKind.CONSENT, consent);
        assertThat(consentReads).hasSize(2).allSatisfy(r -> assertThat(r.readerId()).isEqualTo(demo.userId(worker)));
        assertThat(reads.allOfSubject(decided.subjectId())).hasSizeGreaterThanOrEqualTo(4);
    }

    private void open(String user, String path, int expected) throws Exception {
        var request = path.startsWith("/api/") ? get(path).header("Authorization", "Bearer " + demo.token(user))
                : get(path).session(SignedInSession.of(mvc, user));
        mvc.perform(request).andExpect(status().is(expected));
    }
}
