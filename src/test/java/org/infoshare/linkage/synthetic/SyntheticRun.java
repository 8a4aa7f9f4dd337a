package org.infoshare.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.encoding.EncodedText;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.matching.Parallel;
import org.infoshare.linkage.rules.outcomes.StandardPlan;
import org.infoshare.linkage.rules.pipeline.LinkageInput;
import org.infoshare.linkage.rules.pipeline.LinkagePipeline;

/**
 * The synthetic partnership through the real pipeline, as it would run for real: each record encoded by its
 * sender (identity to encoded text), read by the hub (text to encoded identity), then linked, clustered into
 * people and families and assessed; with the truth to measure it against.
 */
public final class SyntheticRun {

    static final LinkageSecret SECRET = LinkageSecret.of("synthetic-partnership-linkage-secret-32+".getBytes());

    private SyntheticRun() {
    }

    public record Prepared(LinkageInput input, int[] truePerson, int[] trueFamily, SyntheticPartnership.Totals totals,
                           List<SyntheticPartnership.Record> records, long encodeMillis, long loadMillis) {
    }

    public record Report(LinkagePipeline.Result result, PairwiseAccuracy people, PairwiseAccuracy families, PairwiseAccuracy linksAboveThreshold) {
    }

    public static List<SyntheticPartnership.Record> generate(SyntheticPartnership.Settings settings) {
        List<SyntheticPartnership.Record> records = new ArrayList<>();
        new SyntheticPartnership(settings).generate(records::add);
        return records;
    }

    /** Encodes (senders) and loads (hub) the records, on {@code threads} threads. */
    public static Prepared prepare(SyntheticPartnership.Settings settings, List<SyntheticPartnership.Record> records, int threads) {
        int n = records.size();
        String[] texts = new String[n];
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        Parallel.run(threads, worker -> {
            IdentityEncoder encoder = new IdentityEncoder(SECRET, EncodingSchema.V1, Nicknames.standard());
            int start;
            while ((start = next.getAndAdd(4096)) < n) {
                for (int i = start; i < Math.min(n, start + 4096); i++) {
                    texts[i] = EncodedText.write(encoder.encode(records.get(i).identity()));
                }
            }
        });
        long t1 = System.nanoTime();
        EncodedIdentity[] identities = new EncodedIdentity[n];
        next.set(0);
        Parallel.run(threads, worker -> {
            int start;
            while ((start = next.getAndAdd(4096)) < n) {
                for (int i = start; i < Math.min(n, start + 4096); i++) {
                    identities[i] = EncodedText.read(texts[i]).value().orElseThrow();
                }
            }
        });
        LinkageInput input = new LinkageInput(EncodingSchema.V1, SECRET.fingerprint(), n);
        int[] truePerson = new int[n];
        int[] trueFamily = new int[n];
        for (int i = 0; i < n; i++) {
            SyntheticPartnership.Record r = records.get(i);
            input.add(r.source().ordinal(), identities[i], key(r.source(), r.localRef()), key(r.source(), r.householdRef()),
                    key(r.source(), r.parentRef()), r.asOf(), r.ageGroup(), r.facts());
            identities[i] = null;
            truePerson[i] = r.truePerson();
            trueFamily[i] = r.trueFamily();
        }
        long t2 = System.nanoTime();
        return new Prepared(input, truePerson, trueFamily, null, records, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    public static Report link(Prepared prepared, LinkageSettings settings, LocalDate asOf, int threads) {
        LinkagePipeline.Result result = LinkagePipeline.run(prepared.input(), settings, null, PersonClustering.Decisions.NONE,
                StandardPlan.version1(), asOf, threads);
        int[] people = result.people().people().labels();
        int[] families = new int[people.length];
        for (int r = 0; r < people.length; r++) {
            families[r] = result.families().families().groupOf(people[r]);
        }
        long correct = 0;
        long above = 0;
        var links = result.linkage().links();
        for (int l = 0; l < links.size(); l++) {
            if (links.weight(l) >= settings.matchWeight()) {
                above++;
                if (prepared.truePerson()[links.first(l)] == prepared.truePerson()[links.second(l)]) {
                    correct++;
                }
            }
        }
        PairwiseAccuracy truth = PairwiseAccuracy.of(prepared.truePerson(), prepared.truePerson());
        return new Report(result, PairwiseAccuracy.of(people, prepared.truePerson()), PairwiseAccuracy.of(families, prepared.trueFamily()),
                new PairwiseAccuracy(truth.truePairs(), above, correct));
    }

    /** The hub's reference key: a partner's reference, already a pseudonym, made distinct per source. */
    public static long key(SyntheticPartnership.Source source, String ref) {
        if (ref == null) {
            return 0;
        }
        long h = 0xCBF29CE484222325L ^ source.ordinal();
        for (int i = 0; i < ref.length(); i++) {
            h = (h ^ ref.charAt(i)) * 0x100000001B3L;
        }
        return SyntheticPartnership.mix(h) | 1;
    }
}
