package org.infoshare.legal;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The legal catalogue through the API: built-in and added provisions, and additions versioned and ledgered. */
@IntegrationTest
class LegalCatalogueApiIT {

    private static final String POLICE_DPO = "dpo@westshire-police.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    @Test
    void theLegalCatalogueGrowsByVersionedAdditions() throws Exception {
        String before = mvc.perform(as(COUNCIL_DPO, get("/api/v1/legal/provisions"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.provision.code == 'UKGDPR-A6-1E')].builtIn").value(hasItem(true)))
                .andExpect(jsonPath("$.entries[?(@.provision.code == 'CARE2014-S1')].builtIn").value(hasItem(false)))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(before, "$.version");
        String code = "TEST" + (System.nanoTime() % 100000) + "-S1";
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"STATUTORY_GATEWAY","citation":"Test Act %s","title":"Test"}""".formatted(code, code)))
                .andExpect(status().isForbidden());
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"lower case","kind":"STATUTORY_GATEWAY","citation":"","title":"Test"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "citation")));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"STATUTORY_GATEWAY","citation":"Test Act %s","title":"Test"}""".formatted(code, code)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("holders"));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"STATUTORY_GATEWAY","citation":"Test Act %s","title":"Test","holders":["POLICE"]}""".formatted(code, code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provision.holders[0]").value("POLICE"))
                .andExpect(jsonPath("$.addedInVersion").value(version + 1))
                .andExpect(jsonPath("$.builtIn").value(false));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"COMMON_LAW","citation":"Other","title":"Test"}""".formatted(code)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"UKGDPR-A6-1E","kind":"ARTICLE_6","citation":"Dup","title":"Dup"}"""))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'legal.provision.added' and subject_id = :code")
                .param("code", code).query(Long.class).single()).isEqualTo(1);
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/legal/provisions/" + code))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
    }
}
