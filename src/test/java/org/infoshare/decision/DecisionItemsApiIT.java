package org.infoshare.decision;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_LAPSED;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/decision-items}: the items a practitioner chooses from, the standard list and then the
 * items of agreements with the recipient (the demo's Supporting Families agreement between council and police).
 */
@IntegrationTest
class DecisionItemsApiIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void withoutARecipientTheStandardListInItsOrder() throws Exception {
        String body = items(COUNCIL_PRACTITIONER, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(codes(body)).containsExactlyElementsOf(StandardItems.ALL.stream().map(StandardItems.Item::code).toList());
        assertThat(JsonPath.<List<Boolean>>read(body, "$[*].necessary")).containsOnly(true);
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.code == 'safeguarding-concern')].label")).singleElement().asString().isNotBlank();
    }

    @Test
    void forARecipientUnderAnAgreementTheAgreementsItemsFollowTheStandardOnesOnce() throws Exception {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        String body = items(COUNCIL_MANAGER, police).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> codes = codes(body);
        List<String> standard = StandardItems.ALL.stream().map(StandardItems.Item::code).toList();

        assertThat(codes.subList(0, standard.size())).containsExactlyElementsOf(standard);
        assertThat(codes.subList(standard.size(), codes.size())).contains("name-and-contact-details", "crime-involvement", "crime-quarter",
                "racial-or-ethnic-origin").doesNotContainAnyElementsOf(standard);
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.code == 'crime-quarter')].category")).containsExactly("CRIMINAL_OFFENCE");
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.code == 'racial-or-ethnic-origin')].specialCategory"))
                .containsExactly("RACIAL_OR_ETHNIC_ORIGIN");
        assertThat(JsonPath.<List<Boolean>>read(body, "$[?(@.code == 'crime-quarter')].opinion")).containsExactly(false);

        // The agreement binds both ways: the police see the same items when sharing with the council.
        String back = items(POLICE_PRACTITIONER, demo.organisation(DemoDirectory.COUNCIL).id())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(codes(back)).contains("crime-quarter");
    }

    @Test
    void aRecipientWithoutAnAgreementOrUnknownGetsTheStandardList() throws Exception {
        List<String> standard = StandardItems.ALL.stream().map(StandardItems.Item::code).toList();
        String unknown = items(COUNCIL_PRACTITIONER, UUID.randomUUID()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(codes(unknown)).containsExactlyElementsOf(standard);
    }

    @Test
    void onlyPractitionersAndManagersChoose() throws Exception {
        items(COUNCIL_DPO, null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/decision-items")).andExpect(status().isUnauthorized());
        // The list holds no personal data, so lapsed training does not stop anyone reading it.
        items(COUNCIL_LAPSED, null).andExpect(status().isOk());
    }

    private ResultActions items(String username, UUID recipient) throws Exception {
        var request = get("/api/v1/decision-items").header("Authorization", "Bearer " + demo.token(username));
        if (recipient != null) {
            request.param("recipientOrganisationId", recipient.toString());
        }
        return mvc.perform(request);
    }

    private static List<String> codes(String body) {
        return JsonPath.read(body, "$[*].code");
    }
}
