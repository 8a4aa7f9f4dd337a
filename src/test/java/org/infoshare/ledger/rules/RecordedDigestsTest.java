package org.infoshare.ledger.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedDigestsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final int DECISION = 0;

    private final RecordedDigests recorded = new RecordedDigests(List.of("decision", "consent"));

    @Test
    void onlyProtectedSubjectTypesAreKinds() {
        assertThat(kind("decision")).isEqualTo(0);
        assertThat(kind("consent")).isEqualTo(1);
        assertThat(kind("decisions")).isEqualTo(-1);
        assertThat(kind("api-token")).isEqualTo(-1);
    }

    @Test
    void theLatestEntryCarryingADigestSpeaksForTheRecord() {
        entry(3, "r1", details(Map.of("outcome", "SHARE", "row-digest", B)));
        entry(1, "r1", details(Map.of("outcome", "SHARE", "row-digest", A)));
        entry(5, "r1", details(Map.of("read", "yes")));

        assertThat(findings(Map.of("r1", B))).isEmpty();
        assertThat(recorded.irregular()).isFalse();
    }

    @Test
    void eachKindOfDifferenceIsNamed() {
        entry(1, "changed", details(Map.of("row-digest", A)));
        entry(2, "deleted", details(Map.of("row-digest", A, "z", "after")));
        entry(3, "disposed", details(Map.of("row-digest", RecordFinding.GONE)));
        entry(4, "predates", details(Map.of()));
        entry(5, "revived", details(Map.of("row-digest", RecordFinding.GONE)));
        Map<String, String> live = new LinkedHashMap<>();
        live.put("changed", B);
        live.put("added", A);
        live.put("predates", A);
        live.put("revived", A);

        assertThat(findings(live)).containsExactlyInAnyOrder(
                new RecordedDigests.Finding(RecordFinding.Kind.CHANGED, "changed"),
                new RecordedDigests.Finding(RecordFinding.Kind.ADDED, "added"),
                new RecordedDigests.Finding(RecordFinding.Kind.ADDED, "revived"),
                new RecordedDigests.Finding(RecordFinding.Kind.DELETED, "deleted"));
    }

    @Test
    void partsGatheredByDifferentReadersCombineByEntryOrder() {
        RecordedDigests later = new RecordedDigests(List.of("decision", "consent"));
        entry(recorded, 10, "r1", details(Map.of("row-digest", A)));
        entry(recorded, 11, "r2", details(Map.of("row-digest", A)));
        entry(later, 20, "r1", details(Map.of("row-digest", B)));
        entry(later, 5, "r2", details(Map.of("row-digest", B)));

        recorded.include(later);

        assertThat(findings(Map.of("r1", B, "r2", A))).isEmpty();
    }

    @Test
    void aValueThatOnlyMentionsTheKeyIsNotADigest() {
        entry(1, "r1", details(Map.of("note", "\"row-digest\":\"" + B + "\"")));

        assertThat(recorded.irregular()).isTrue();
    }

    @Test
    void detailsNamingTheDigestOtherwiseThanCanonicallyAreLeftToSql() {
        entry(1, "r1", "{ \"row-digest\" : \"" + A + "\" }");

        assertThat(recorded.irregular()).isTrue();
    }

    @Test
    void aDigestAsTheOnlyOrTheLastDetailIsRead() {
        entry(1, "r1", details(Map.of("row-digest", A)));
        entry(2, "r2", details(Map.of("a", "1", "row-digest", B)));

        assertThat(findings(Map.of("r1", A, "r2", B))).isEmpty();
        assertThat(recorded.irregular()).isFalse();
    }

    private int kind(String type) {
        byte[] bytes = ("xx" + type).getBytes(StandardCharsets.UTF_8);
        return recorded.kindOf(bytes, 2, bytes.length - 2);
    }

    private void entry(long id, String subject, String details) {
        entry(recorded, id, subject, details);
    }

    private static void entry(RecordedDigests into, long id, String subject, String details) {
        byte[] bytes = ("[prefix]" + details + "[suffix]").getBytes(StandardCharsets.UTF_8);
        into.entry(DECISION, id, subject, bytes, 8, details.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String details(Map<String, String> details) {
        return EntryHashes.canonicalDetails(new TreeMap<>(details));
    }

    private List<RecordedDigests.Finding> findings(Map<String, String> live) {
        List<RecordedDigests.Finding> found = new ArrayList<>();
        recorded.compare(DECISION, live, found::add);
        return found;
    }
}
