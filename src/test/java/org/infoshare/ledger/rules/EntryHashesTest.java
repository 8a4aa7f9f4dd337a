package org.infoshare.ledger.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryHashesTest {

    private static final long MICROS = 1_795_000_000_123_456L;
    private static final UUID ACTOR = UUID.fromString("4e7f6994-9469-4120-8f4c-ffb4f9857918");
    private static final UUID ORGANISATION = UUID.fromString("09bc4f96-3a6d-473d-baeb-cc0275c1fe09");

    private final EntryHashes hashes = new EntryHashes();

    private byte[] sample() {
        return hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-1", "{\"user\":\"u\"}");
    }

    @Test
    void theEncodingIsPinned() {
        // Entries already in a ledger were hashed this way: any change to the encoding would break every one of them.
        Map<String, String> details = new TreeMap<>(Map.of("user", "5f2a9e61-d16f-40c5-aa48-e9a8436ec56e",
                "note", "quote\" back\\slash \u00e9 tab\t"));
        String canonical = EntryHashes.canonicalDetails(details);
        assertThat(canonical).isEqualTo("{\"note\":\"quote\\\" back\\\\slash \u00e9 tab\\t\",\"user\":\"5f2a9e61-d16f-40c5-aa48-e9a8436ec56e\"}");
        byte[] entry = hashes.entryHash(MICROS, "directory.token.issued", ACTOR, null, "api-token", "token-1", canonical);
        assertThat(HexFormat.of().formatHex(entry)).isEqualTo("b0419e62d33c25402ab768a8dd243434ac5ba25b96aac1b9ad9a79110f731d00");
        assertThat(HexFormat.of().formatHex(hashes.chainHash(7, EntryHashes.GENESIS, 42, entry)))
                .isEqualTo("789bc27aed5596c99af4fc0eb22ad464e8bfcc028a19455d6169eda99ecfa6c9");
    }

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        byte[] first = sample();
        assertThat(first).hasSize(EntryHashes.HASH_LENGTH);
        assertThat(sample()).isEqualTo(first);
        assertThat(new EntryHashes().entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-1",
                "{\"user\":\"u\"}")).isEqualTo(first);
        assertThat(EntryHashes.forThisThread()).isSameAs(EntryHashes.forThisThread());
    }

    @Test
    void everyFieldChangesTheEntryHash() {
        byte[] original = sample();
        List<byte[]> variants = new ArrayList<>();
        variants.add(hashes.entryHash(MICROS + 1, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.revoked", ACTOR, ORGANISATION, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ORGANISATION, ORGANISATION, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", null, ORGANISATION, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ACTOR, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, null, "api-token", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "user", "token-1", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-2", "{\"user\":\"u\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-1", "{\"user\":\"v\"}"));
        variants.add(hashes.entryHash(MICROS, "directory.token.issued", ACTOR, ORGANISATION, "api-token", "token-1", "{}"));
        for (byte[] variant : variants) {
            assertThat(variant).isNotEqualTo(original);
        }
        assertThat(variants.stream().map(HexFormat.of()::formatHex).distinct()).hasSize(variants.size());
    }

    @Test
    void fieldsAreLengthPrefixedSoThatMovingABoundaryChangesTheHash() {
        byte[] one = hashes.entryHash(MICROS, "a.b", null, null, "ab", "c", "{}");
        byte[] other = hashes.entryHash(MICROS, "a.b", null, null, "a", "bc", "{}");
        assertThat(one).isNotEqualTo(other);
        assertThat(hashes.entryHash(MICROS, "a.b", null, null, "", "x", "{}"))
                .isNotEqualTo(hashes.entryHash(MICROS, "a.b", null, null, "x", "", "{}"));
    }

    @Test
    void everyInputChangesTheChainHash() {
        byte[] entry = sample();
        byte[] other = hashes.entryHash(MICROS, "x.y", null, null, "t", "1", "{}");
        byte[] previous = hashes.chainHash(1, EntryHashes.GENESIS, 1, other);
        byte[] original = hashes.chainHash(2, previous, 10, entry);
        assertThat(hashes.chainHash(2, previous, 10, entry)).isEqualTo(original);
        assertThat(hashes.chainHash(3, previous, 10, entry)).isNotEqualTo(original);
        assertThat(hashes.chainHash(2, EntryHashes.GENESIS, 10, entry)).isNotEqualTo(original);
        assertThat(hashes.chainHash(2, previous, 11, entry)).isNotEqualTo(original);
        assertThat(hashes.chainHash(2, previous, 10, other)).isNotEqualTo(original);
        byte[] into = new byte[EntryHashes.HASH_LENGTH];
        hashes.chainHash(2, previous, 10, entry, into);
        assertThat(into).isEqualTo(original);
    }

    @Test
    void canonicalDetailsSortKeysAndEscapeJson() {
        Map<String, String> inserted = new LinkedHashMap<>();
        inserted.put("zeta", "1");
        inserted.put("alpha", "2");
        inserted.put("mid", "3");
        assertThat(EntryHashes.canonicalDetails(inserted)).isEqualTo("{\"alpha\":\"2\",\"mid\":\"3\",\"zeta\":\"1\"}");
        assertThat(EntryHashes.canonicalDetails(Map.of())).isEqualTo("{}");
        assertThat(EntryHashes.canonicalDetails(Map.of("k", "a\"b\\c\nd\re\tf\u0001g\u001fh/é€")))
                .isEqualTo("{\"k\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh/é€\"}");
        assertThat(EntryHashes.canonicalDetails(Map.of("qu\"ote", "v"))).isEqualTo("{\"qu\\\"ote\":\"v\"}");
        // Values that would collide without escaping stay apart.
        assertThat(EntryHashes.canonicalDetails(Map.of("a", "1\",\"b\":\"2")))
                .isNotEqualTo(EntryHashes.canonicalDetails(Map.of("a", "1", "b", "2")));
    }

    @Test
    void theByteReaderPathHashesExactlyAsTheStringPath() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            UUID actor = random.nextInt(4) == 0 ? null : new UUID(random.nextLong(), random.nextLong() & (random.nextBoolean() ? -1L : 0xffL));
            UUID organisation = random.nextInt(4) == 0 ? null : new UUID(random.nextInt(16), random.nextLong());
            String action = SampleChains.randomText(random, 1 + random.nextInt(30));
            String subjectType = SampleChains.randomText(random, random.nextInt(10));
            String subjectId = SampleChains.randomText(random, random.nextInt(40));
            String details = EntryHashes.canonicalDetails(SampleChains.randomDetails(random));
            long micros = random.nextLong();
            byte[] expected = hashes.entryHash(micros, action, actor, organisation, subjectType, subjectId, details);

            EntryHashes reader = new EntryHashes();
            byte[] padded = ("xx" + details + "yy").getBytes(StandardCharsets.UTF_8);
            byte[] actual = new byte[EntryHashes.HASH_LENGTH];
            reader.beginEntry(micros).text(action.getBytes(StandardCharsets.UTF_8), 0, action.getBytes(StandardCharsets.UTF_8).length);
            if (actor == null) {
                reader.absentUuid();
            } else {
                reader.uuid(actor.getMostSignificantBits(), actor.getLeastSignificantBits());
            }
            reader.uuid(organisation).text(subjectType).text(subjectId)
                    .text(padded, 2, padded.length - 4)
                    .finishEntry(actual);
            assertThat(actual).as("seed %d, entry %d", seed, i).isEqualTo(expected);
        }
    }

    @Test
    void longDetailsGrowTheBuffer() {
        String details = "{\"k\":\"" + "x".repeat(10_000) + "\"}";
        byte[] first = hashes.entryHash(MICROS, "a.b", ACTOR, ORGANISATION, "t", "1", details);
        byte[] again = new EntryHashes().entryHash(MICROS, "a.b", ACTOR, ORGANISATION, "t", "1", details);
        assertThat(first).isEqualTo(again);
        assertThat(hashes.entryHash(MICROS, "a.b", ACTOR, ORGANISATION, "t", "1", details + " ")).isNotEqualTo(first);
    }

    @Test
    void anIdIsHashedAsItsCanonicalText() {
        Random random = new Random(14);
        for (int i = 0; i < 1_000; i++) {
            UUID id = i == 0 ? new UUID(-1, -1) : i == 1 ? new UUID(0, 0) : new UUID(random.nextLong(), random.nextLong());
            byte[] asText = new byte[EntryHashes.HASH_LENGTH];
            byte[] asId = new byte[EntryHashes.HASH_LENGTH];
            hashes.beginEntry(MICROS).text(id.toString()).finishEntry(asText);
            hashes.beginEntry(MICROS).uuid(id.getMostSignificantBits(), id.getLeastSignificantBits()).finishEntry(asId);
            assertThat(asId).as(id.toString()).isEqualTo(asText);
        }
    }
}
