package org.infoshare.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.linkage.rules.matching.BlockingRule;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.outcomes.Criterion;
import org.infoshare.linkage.rules.outcomes.Descriptor;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.rules.outcomes.Members;
import org.infoshare.linkage.rules.outcomes.Occurrences;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;
import org.infoshare.linkage.rules.outcomes.ValuesInPeriods;

/**
 * How linkage records are stored: shapes of their own, each with its version, independent of the commands that
 * change them, of the rules that use them and of the API's responses, so that any of those can change without
 * rewriting what is stored. Codes are enum names.
 */
final class StoredShapes {

    static final int SHAPE = 1;

    private StoredShapes() {
    }

    // --- configuration (clear JSON: no personal data) -------------------------------------------------------

    record Settings(int shape, double matchWeight, double reviewWeight, List<String> blocking, int maxBlockSize, List<Override> overrides) {

        static Settings of(LinkageSettings settings) {
            return new Settings(SHAPE, settings.matchWeight(), settings.reviewWeight(), settings.blocking().stream().map(Enum::name).toList(),
                    settings.maxBlockSize(), settings.overrides().stream()
                    .map(o -> new Override(o.field().name(), o.level().name(), o.m(), o.u())).toList());
        }

        LinkageSettings toSettings() {
            return LinkageSettings.STANDARD.withBlocking(blocking.stream().map(BlockingRule::valueOf).toList())
                    .withThresholds(matchWeight, reviewWeight)
                    .withMaxBlockSize(maxBlockSize)
                    .withOverrides(overrides.stream().map(o -> new LinkageSettings.Override(Field.valueOf(o.field()), Level.valueOf(o.level()),
                            o.m(), o.u())).toList());
        }
    }

    record Override(String field, String level, Double m, Double u) {
    }

    record Outcomes(int shape, String name, int version, int minimumAreas, int sustainMonths, List<StoredDescriptor> descriptors) {

        static Outcomes of(OutcomesPlan plan) {
            return new Outcomes(SHAPE, plan.name(), plan.version(), plan.minimumAreas(), plan.sustainMonths(),
                    plan.descriptors().stream().map(StoredDescriptor::of).toList());
        }

        OutcomesPlan toPlan() {
            return new OutcomesPlan(name, version, descriptors.stream().map(StoredDescriptor::toDescriptor).toList(), minimumAreas, sustainMonths);
        }
    }

    /** A descriptor: "occurrences" (events in a window) or "values" (values in recent periods). */
    record StoredDescriptor(String code, String area, String description, String kind, List<String> indicators, String members,
                            int atLeast, int withinMonths, Boolean below, Double threshold, Integer ofLast) {

        static StoredDescriptor of(Descriptor d) {
            if (d.criterion() instanceof ValuesInPeriods v) {
                return new StoredDescriptor(d.code(), d.area().name(), d.description(), "values", List.of(v.indicator().name()),
                        v.members().name(), v.atLeast(), v.withinMonths(), v.below(), v.threshold(), v.ofLast());
            }
            Occurrences o = (Occurrences) d.criterion();
            return new StoredDescriptor(d.code(), d.area().name(), d.description(), "occurrences",
                    o.indicators().stream().map(Enum::name).sorted().toList(), o.members().name(), o.atLeast(), o.withinMonths(),
                    null, null, null);
        }

        Descriptor toDescriptor() {
            Members who = Members.valueOf(members);
            Criterion criterion;
            if ("values".equals(kind)) {
                criterion = new ValuesInPeriods(Indicator.valueOf(indicators.get(0)), who, below, threshold, atLeast, ofLast, withinMonths);
            } else {
                Set<Indicator> set = EnumSet.noneOf(Indicator.class);
                indicators.forEach(i -> set.add(Indicator.valueOf(i)));
                criterion = new Occurrences(set, who, atLeast, withinMonths);
            }
            return new Descriptor(code, HeadlineArea.valueOf(area), description, criterion);
        }
    }

    // --- a run's counts and sources (clear JSON: ids and numbers) --------------------------------------------

    record Source(String kind, UUID id, UUID organisation, long records, long rows, String eventItem) {
    }

    record Sources(int shape, List<Source> sources) {
    }

    record Summary(int shape, long records, long people, long families, long familiesMeetingAnArea, long eligibleFamilies,
                   long pairsForReview, long flaggedPeople, long comparisons, long linksAboveMatch, long decisionsApplied,
                   long linksRefused, long communalAddresses, long programmeFamiliesAssessed, long millis) {
    }

    record Parameter(String field, String level, double m, double u, double weight) {
    }

    record Model(int shape, double prior, List<Parameter> parameters) {
    }

    // --- sealed under the agreement's key ------------------------------------------------------------------

    /** A record by the organisation holding it and that organisation's reference for it. */
    record Ref(UUID source, String ref) {
    }

    record Refs(int shape, List<Ref> records) {
    }

    /** An analyst's split: the records separated, and the person's other records they are kept apart from. */
    record Split(int shape, List<Ref> separated, List<Ref> rest) {
    }

    record Member(int person, String ageGroup, List<Ref> records) {
    }

    record Evidence(int person, UUID source, String indicator, LocalDate date, Double value) {
    }

    record Result(String code, String area, boolean met, String reason, List<Evidence> evidence) {
    }

    record Family(int shape, List<Member> members, List<String> areasMet, boolean eligible, String reason, List<Result> results) {
    }

    record Programme(int shape, List<Ref> members, List<String> areas) {
    }

    record AreaProgress(String area, boolean metNow, LocalDate resolvedSince, boolean sustained) {
    }

    record Progress(int shape, LocalDate baseline, LocalDate asOf, int planVersion, boolean significantAndSustained, String reason,
                    List<AreaProgress> areas, int familyNo) {
    }

    static List<String> names(Set<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
