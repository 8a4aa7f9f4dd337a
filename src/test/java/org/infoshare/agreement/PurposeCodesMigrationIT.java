package org.infoshare.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that made purposes codes (V24) run again over an agreement written before it, inside a
 * transaction that is rolled back: each line keeps its words under every purpose it was read as, lines under one
 * purpose are joined, words that named no purpose become "another purpose", and the review cycle the agreement
 * always had is written into it.
 */
@IntegrationTest
class PurposeCodesMigrationIT {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V24__purposes_as_codes_and_review_cycle.sql");

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DemoPartnership demo;
    @Autowired JsonMapper json;

    @Test
    void anAgreementWrittenInWordsCoversTheSamePurposesAfterwards() throws Exception {
        String before = """
                {"title": "Old agreement", "purposes": [
                  "Safeguarding and promoting the welfare of children and of vulnerable adults who are part of their family.",
                  "Preventing and detecting crime related to the safeguarding of those children.",
                  "Giving teams the full picture.",
                  "EARLY_HELP",
                  "   "
                ], "review": "Six months, then yearly."}""";
        JsonNode after = migrated(before);
        assertThat(after.path("purposes").findValuesAsString("code"))
                .containsExactly("SAFEGUARDING_CHILD", "SAFEGUARDING_ADULT", "EARLY_HELP", "PREVENTING_DETECTING_CRIME", "OTHER");
        assertThat(after.path("purposes").get(0).path("wording").asString()).isEqualTo(
                "Safeguarding and promoting the welfare of children and of vulnerable adults who are part of their family.\n"
                        + "Preventing and detecting crime related to the safeguarding of those children.");
        assertThat(after.path("purposes").get(1).path("wording").asString()).startsWith("Safeguarding and promoting");
        assertThat(after.path("purposes").get(4).path("wording").asString()).isEqualTo("Giving teams the full picture.");
        assertThat(after.path("firstReviewMonths").asInt()).isEqualTo(6);
        assertThat(after.path("reviewEveryMonths").asInt()).isEqualTo(12);
        assertThat(after.path("review").asString()).isEqualTo("Six months, then yearly.");
    }

    @Test
    void anAgreementAlreadyInCodesIsLeftAsItIs() throws Exception {
        String before = """
                {"title": "New agreement", "purposes": [{"code": "OTHER", "wording": "Crime"}], "firstReviewMonths": 3, "reviewEveryMonths": 6}""";
        JsonNode after = migrated(before);
        assertThat(after).isEqualTo(json.readTree(before));
    }

    private JsonNode migrated(String document) throws Exception {
        String migration = Files.readString(MIGRATION);
        String result = transaction.execute(status -> {
            status.setRollbackOnly();
            UUID id = UUID.randomUUID();
            UUID council = demo.organisation("Westshire County Council").id();
            jdbc.update("insert into agreement (id, reference, created_by_organisation, created_at) values (?, ?, ?, now())",
                    id, "MIG-" + id.toString().substring(0, 8), council);
            Integer catalogue = jdbc.queryForObject("select max(version) from legal_catalogue_version", Integer.class);
            jdbc.update("insert into agreement_version (agreement_id, version, status, title, document, catalogue_version, created_at, updated_at)"
                    + " values (?, 1, 'DRAFT', 'Old agreement', ?::jsonb, ?, now(), now())", id, document, catalogue);
            jdbc.execute(migration);
            return jdbc.queryForObject("select document::text from agreement_version where agreement_id = ?", String.class, id);
        });
        return json.readTree(result);
    }
}
