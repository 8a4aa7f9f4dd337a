package org.infoshare.linkage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.linkage.extract.ExtractRecord;
import org.infoshare.linkage.rules.clustering.PairKey;
import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.pipeline.LinkageInput;

/**
 * The sources of a run as the linkage core takes them: every record numbered, with its key (organisation and
 * reference) kept beside it so that results can name records and people's earlier decisions, made on records,
 * can be applied to this run's numbers.
 */
final class RunInput {

    final LinkageInput input;
    final List<RecordKey> keys;
    final List<LinkageRun.Source> sources;
    private final Map<RecordKey, Integer> numbers;

    private RunInput(LinkageInput input, List<RecordKey> keys, List<LinkageRun.Source> sources) {
        this.input = input;
        this.keys = keys;
        this.sources = sources;
        this.numbers = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            numbers.putIfAbsent(keys.get(i), i);
        }
    }

    static RunInput of(List<LinkageSources.Read> reads, String fingerprint) {
        int total = reads.stream().mapToInt(r -> r.records().size()).sum();
        LinkageInput input = new LinkageInput(EncodingSchema.V1, fingerprint, total);
        List<RecordKey> keys = new ArrayList<>(total);
        for (int source = 0; source < reads.size(); source++) {
            LinkageSources.Read read = reads.get(source);
            UUID organisation = read.source().organisationId();
            for (ExtractRecord record : read.records()) {
                input.add(source, record.identity(), key(organisation, "R", record.ref()),
                        key(organisation, "H", record.householdRef()), key(organisation, "R", record.parentRef()), read.asOf(),
                        record.ageGroup(), record.facts());
                keys.add(new RecordKey(organisation, record.ref()));
            }
        }
        return new RunInput(input, keys, reads.stream().map(LinkageSources.Read::source).toList());
    }

    /** The organisation holding the records of a source number. */
    UUID organisation(int source) {
        return sources.get(source).organisationId();
    }

    Integer number(RecordKey key) {
        return numbers.get(key);
    }

    /** Earlier decisions, as this run's record numbers; decisions about records not in this run are left out. */
    PersonClustering.Decisions decisions(List<LinkageRunStore.Decision> decisions) {
        Set<Long> confirmed = new HashSet<>();
        Set<Long> rejected = new HashSet<>();
        Set<Long> apart = new HashSet<>();
        for (LinkageRunStore.Decision decision : decisions) {
            if (decision.kind() == LinkageRunStore.DecisionKind.APART) {
                for (RecordKey separated : decision.records()) {
                    for (RecordKey other : decision.rest()) {
                        Long pair = pair(separated, other);
                        if (pair != null) {
                            apart.add(pair);
                        }
                    }
                }
            } else {
                Long pair = pair(decision.records().get(0), decision.records().get(1));
                if (pair != null) {
                    (decision.kind() == LinkageRunStore.DecisionKind.SAME ? confirmed : rejected).add(pair);
                }
            }
        }
        confirmed.removeAll(rejected);
        return new PersonClustering.Decisions(confirmed, rejected, apart);
    }

    private Long pair(RecordKey a, RecordKey b) {
        Integer x = numbers.get(a);
        Integer y = numbers.get(b);
        return x == null || y == null || x.equals(y) ? null : PairKey.of(x, y);
    }

    /**
     * A reference as the core's 64-bit key, distinct per organisation and kind ("R" record, "H" household), so that
     * two partners' references never collide; 0 for none.
     */
    static long key(UUID organisation, String kind, String ref) {
        if (ref == null || ref.isBlank()) {
            return 0;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((organisation + "|" + kind + "|" + ref).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xFF);
            }
            return key == 0 ? 1 : key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
