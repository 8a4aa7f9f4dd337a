package org.infoshare.audit.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVocabularyTest {

    @Test
    void knownActionsReadAsPlainEnglishAndUnknownOnesAsTheirCode() {
        assertThat(AuditVocabulary.describe("directory.user.revoked")).isEqualTo("Revoked someone's access");
        assertThat(AuditVocabulary.describe("access.signed-in")).isEqualTo("Signed in");
        assertThat(AuditVocabulary.describe("audit.ledger.verified")).isEqualTo("Verified the ledger's integrity");
        assertThat(AuditVocabulary.describe("access.break-glass")).endsWith("(break glass)");
        assertThat(AuditVocabulary.describe("subject.involvement-added")).startsWith("Started working with the person");
        assertThat(AuditVocabulary.kind("subject.")).isPresent();
        assertThat(AuditVocabulary.describe("decision.something-new")).isEqualTo("decision.something-new");
        assertThat(AuditVocabulary.isDescribed("decision.something-new")).isFalse();
    }

    @Test
    void everyDescribedActionCanBeFoundThroughAKindAndEveryKindIsAValidPrefix() {
        for (String action : AuditVocabulary.describedActions()) {
            assertThat(AuditVocabulary.kinds()).as(action).anyMatch(kind -> action.startsWith(kind.prefix()));
            assertThat(AuditVocabulary.describe(action)).as(action).isNotEqualTo(action).doesNotEndWith(".");
        }
        for (AuditVocabulary.ActionKind kind : AuditVocabulary.kinds()) {
            assertThat(AuditVocabulary.ACTION_PREFIX.matcher(kind.prefix()).matches()).as(kind.prefix()).isTrue();
            assertThat(kind.prefix()).endsWith(".");
            assertThat(AuditVocabulary.kind(kind.prefix())).contains(kind);
        }
        assertThat(AuditVocabulary.kind("nothing.")).isEmpty();
    }

    @Test
    void recordTypesReadAsPlainEnglish() {
        assertThat(AuditVocabulary.recordType("user")).isEqualTo("Account");
        assertThat(AuditVocabulary.recordType("api-token")).isEqualTo("API token");
        assertThat(AuditVocabulary.recordType("sharing-agreement")).isEqualTo("sharing-agreement");
    }

    @Test
    void aFilterPrefixIsTheStartOfAnActionCodeAndNothingElse() {
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("").matches()).isTrue();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("directory.user.").matches()).isTrue();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("directory.user.training-recorded").matches()).isTrue();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("Directory").matches()).isFalse();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("a%").matches()).isFalse();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("x'; drop table ledger_entry; --").matches()).isFalse();
        assertThat(AuditVocabulary.ACTION_PREFIX.matcher("a".repeat(101)).matches()).isFalse();
    }
}
