package org.infoshare.linkage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One linkage run: over which extracts, what it found, the model it used; published when the analyst has
 * reviewed it and releases its families to the early help team's worklist.
 */
public record LinkageRun(
        UUID id,
        UUID planId,
        Status status,
        Instant startedAt,
        UUID startedBy,
        Instant finishedAt,
        LocalDate asOf,
        int planVersion,
        int outcomesVersion,
        List<Source> sources,
        Summary summary,
        List<ModelParameter> model,
        String failure,
        Instant publishedAt,
        UUID publishedBy) {

    public LinkageRun {
        sources = sources == null ? List.of() : List.copyOf(sources);
        model = model == null ? List.of() : List.copyOf(model);
    }

    public enum Status {
        RUNNING("Running"), FINISHED("Finished"), FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where records came from: a partner's published dataset, or the hub's own extract. */
    public enum SourceKind { DATASET, OWN_EXTRACT }

    /**
     * @param eventItem the agreement data item the source's events carry, or null for the hub's own extract
     */
    public record Source(SourceKind kind, UUID id, UUID organisationId, long records, long rows, String eventItem) {
    }

    /** What a run found, in counts. */
    public record Summary(long records, long people, long families, long familiesMeetingAnArea, long eligibleFamilies, long pairsForReview,
                          long flaggedPeople, long comparisons, long linksAboveMatch, long decisionsApplied, long linksRefused,
                          long communalAddresses, long programmeFamiliesAssessed, long millis) {
    }

    /** One m/u pair of the model the run used, and the partial match weight it gives. */
    public record ModelParameter(String field, String level, double m, double u, double weight) {
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean finished() {
        return status == Status.FINISHED;
    }
}
