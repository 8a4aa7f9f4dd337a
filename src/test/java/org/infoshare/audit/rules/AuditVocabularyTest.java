package org.infoshare.audit.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(AuditVocabulary.recordType("incident")).isEqualTo("Incident");
        assertThat(AuditVocabulary.recordType("linkage-plan")).isEqualTo("Record linkage");
        assertThat(AuditVocabulary.recordType("foi-consultation")).isEqualTo("FOI or EIR request to a partner");
    }

    @Test
    void everyActionTheCodeWritesToTheLedgerReadsInWords() throws IOException {
        LedgerActionCodes.Found found = LedgerActionCodes.in(LedgerActionCodes.MAIN);
        assertThat(found.unreadable()).as("action codes built in a way the scan cannot read: write each code whole").isEmpty();
        assertThat(found.codes()).as("the scan finds codes however they are written")
                .contains("directory.user.revoked", "consent.refused", "dataset.upload.interrupted", "dataset.specification.updated",
                        "retention.hold.placed", "rights.request.received", "rights.quality.corrected", "rights.quality.closed",
                        "foi.consultation.escalated", "delivery.disclosure.opened", "audit.ledger.verified", "linkage.run.failed")
                .doesNotContain("linkage.sweep", "readlog.seal", "rights.follow-up", "dataset.report", "directory.username")
                .hasSizeGreaterThan(150);
        assertThat(found.codes().stream().filter(code -> !AuditVocabulary.isDescribed(code)).toList())
                .as("ledger actions with no words in AuditVocabulary: describe each one there").isEmpty();
        assertThat(AuditVocabulary.describedActions().stream().filter(code -> !found.codes().contains(code)).toList())
                .as("words for actions nothing writes (a misspelt or renamed code)").isEmpty();
    }

    @Test
    void theScanFindsACodeWhereverItIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ThingEvents.java"), """
                final class ThingEvents {
                    static LedgerEvent made(UUID id) {
                        return LedgerEvent.of("thing.made", "thing", id).build();
                    }
                    static LedgerEvent kept(UUID id, boolean kept) {
                        return LedgerEvent.of(kept ? "thing.kept" : "thing.dropped", "thing", id).build();
                    }
                    static LedgerEvent.Builder step(String action, UUID id) {
                        return LedgerEvent.of("thing.step." + action, "thing-step", id);
                    }
                    static LedgerEvent.Builder event(String action, UUID id) {
                        return LedgerEvent.of(action, "thing", id);
                    }
                }
                """);
        Files.writeString(dir.resolve("Things.java"), """
                class Things {
                    enum Reading { OPENED("thing.opened") }
                    static final String SWEPT = "thing.swept";
                    @SchedulerLock(name = "thing.sweep", lockAtLeastFor = "PT1M")
                    void work(boolean done, String suffix) {
                        ledger.record(ThingEvents.step("taken", id).build());
                        ledger.record(ThingEvents.step("part." + (done ? "done" : "undone"), id).build());
                        ledger.record(ThingEvents.event("thing.chased", id).build());
                        ledger.record(ThingEvents.event("thing." + suffix, id).build());
                        ledger.record(LedgerEvent.of("other.done", "other", id).build());
                        ledger.record(LedgerEvent.of(Checks.VERIFIED, "check", id).build());
                        ledger.record(LedgerEvent.of(Elsewhere.CODE, "check", id).build());
                        log.info("not.a-module {}", "dataset.report");
                    }
                }
                """);
        Files.writeString(dir.resolve("Checks.java"), """
                final class Checks {
                    static final String VERIFIED = "check.verified";
                }
                """);
        LedgerActionCodes.Found found = LedgerActionCodes.in(dir);
        assertThat(found.codes()).containsExactlyInAnyOrder("thing.made", "thing.kept", "thing.dropped", "thing.step.taken",
                "thing.step.part.done", "thing.step.part.undone", "thing.chased", "thing.opened", "thing.swept", "other.done",
                "check.verified");
        assertThat(found.unreadable()).containsExactly("Things.java: LedgerEvent.of(Elsewhere.CODE,", "Things.java: ThingEvents.event(\"thing.\"");
        assertThat(found.codes().stream().filter(code -> !AuditVocabulary.isDescribed(code))).as("a new code has no words yet")
                .contains("thing.made");
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
