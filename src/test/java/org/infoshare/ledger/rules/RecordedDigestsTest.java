package org.infoshare.ledger.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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

    // --- a batch's entry listing the records it leaves gone (ADR 0097) ---

    @Test
    void eachRecordABatchEntryListsIsTakenAsGoneAtThatEntry() {
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID back = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        entry(1, r1.toString(), details(Map.of("row-digest", A)));
        entry(2, r2.toString(), details(Map.of("row-digest", A)));
        entry(3, back.toString(), details(Map.of("row-digest", A)));
        entry(4, later.toString(), details(Map.of("row-digest", A)));
        entry(5, "the-run", details(Map.of("method", "DELETED", "count", "4", GoneRecords.KEY, GoneRecords.of(List.of(r1, r2, back, later)))));
        entry(6, later.toString(), details(Map.of("row-digest", B)));

        assertThat(findings(Map.of(back.toString(), A, later.toString(), B))).containsExactly(
                new RecordedDigests.Finding(RecordFinding.Kind.ADDED, back.toString()));
        assertThat(recorded.irregular()).isFalse();
    }

    @Test
    void aRecordOnlyABatchEntryNamesIsJudgedAsNamed() {
        UUID listed = UUID.randomUUID();
        entry(1, "the-run", details(Map.of(GoneRecords.KEY, GoneRecords.of(List.of(listed)))));

        assertThat(findings(Map.of())).isEmpty();
        RecordedDigests again = new RecordedDigests(List.of("decision", "consent"));
        entry(again, 1, "the-run", details(Map.of(GoneRecords.KEY, GoneRecords.of(List.of(listed)))));
        List<RecordedDigests.Finding> found = new ArrayList<>();
        again.compare(DECISION, Map.of(listed.toString(), A), found::add);
        assertThat(found).containsExactly(new RecordedDigests.Finding(RecordFinding.Kind.ADDED, listed.toString()));
    }

    @Test
    void aListNotWholeLowerCaseIdsIsLeftToSql() {
        String one = GoneRecords.of(List.of(UUID.randomUUID()));
        for (String list : List.of(one + "0", one.toUpperCase(Locale.ROOT), one.substring(0, 31) + "g", "")) {
            RecordedDigests gathering = new RecordedDigests(List.of("decision", "consent"));
            entry(gathering, 1, "the-run", details(Map.of(GoneRecords.KEY, list)));
            assertThat(gathering.irregular()).as(list).isTrue();
        }
        RecordedDigests twice = new RecordedDigests(List.of("decision", "consent"));
        entry(twice, 1, "the-run", "{\"" + GoneRecords.KEY + "\":\"" + one + "\",\"z\":\"\\\"" + GoneRecords.KEY + "\\\":\"}");
        assertThat(twice.irregular()).isTrue();
    }

    @Test
    void theCanonicalListIsSortedWholeLowerCaseIdsEachOnce() {
        UUID a = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        UUID b = UUID.fromString("00000000-0000-0000-8000-000000000000");
        String list = GoneRecords.of(List.of(a, b, a));

        assertThat(list).isEqualTo("00000000000000008000000000000000ffffffff000000000000000000000001");
        assertThat(GoneRecords.wellFormed(list)).isTrue();
        assertThat(GoneRecords.count(list)).isEqualTo(2);
        assertThat(GoneRecords.id(list, 0)).isEqualTo(b);
        assertThat(GoneRecords.id(list, 1)).isEqualTo(a);
        assertThat(GoneRecords.wellFormed(list.substring(32) + list.substring(0, 32))).as("unsorted").isFalse();
        assertThat(GoneRecords.wellFormed(list.substring(0, 32) + list.substring(0, 32))).as("twice").isFalse();
    }

    /**
     * Property: records recorded through the application, some disposed of by batches (each a random set, one entry
     * listing them), some deleted outside; the readers split the entries at random. Exactly those deleted outside are
     * named, and every record kept is as recorded.
     */
    @Test
    void exactlyTheRecordsDeletedOutsideDisposalAreNamed() {
        Random random = new Random(97);
        for (int round = 0; round < 200; round++) {
            int records = 1 + random.nextInt(60);
            List<UUID> ids = new ArrayList<>();
            Map<String, String> live = new HashMap<>();
            List<Object[]> entries = new ArrayList<>();
            long entryId = 0;
            for (int i = 0; i < records; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                ids.add(id);
                String digest = random.nextBoolean() ? A : B;
                live.put(id.toString(), digest);
                entries.add(new Object[] {++entryId, id.toString(), details(Map.of("row-digest", digest))});
            }
            List<UUID> remaining = new ArrayList<>(ids);
            java.util.Collections.shuffle(remaining, random);
            int disposed = random.nextInt(remaining.size() + 1);
            List<UUID> gone = new ArrayList<>(remaining.subList(0, disposed));
            for (int from = 0; from < gone.size(); ) {
                int size = 1 + random.nextInt(Math.min(8, gone.size() - from));
                List<UUID> batch = gone.subList(from, from + size);
                entries.add(new Object[] {++entryId, "run-" + round, details(Map.of("method", "DELETED", GoneRecords.KEY, GoneRecords.of(batch)))});
                batch.forEach(id -> live.remove(id.toString()));
                from += size;
            }
            Set<String> deletedOutside = new HashSet<>();
            for (UUID id : remaining.subList(disposed, remaining.size())) {
                if (random.nextInt(4) == 0) {
                    live.remove(id.toString());
                    deletedOutside.add(id.toString());
                }
            }
            java.util.Collections.shuffle(entries, random);
            RecordedDigests whole = new RecordedDigests(List.of("decision", "consent"));
            RecordedDigests part = new RecordedDigests(List.of("decision", "consent"));
            for (Object[] e : entries) {
                entry(random.nextBoolean() ? whole : part, (Long) e[0], (String) e[1], (String) e[2]);
            }
            whole.include(part);
            List<RecordedDigests.Finding> found = new ArrayList<>();
            whole.compare(DECISION, live, found::add);

            assertThat(whole.irregular()).isFalse();
            assertThat(found).as("round %d", round).allMatch(f -> f.kind() == RecordFinding.Kind.DELETED);
            assertThat(found.stream().map(RecordedDigests.Finding::recordId).toList()).as("round %d", round)
                    .containsExactlyInAnyOrderElementsOf(deletedOutside);
        }
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
