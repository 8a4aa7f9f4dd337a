package org.infoshare.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The data protection impact assessment for one agreement version (000 §4.3, 002 §3): a screening that
 * decides whether a full assessment is needed and, where it is, the assessment and its sign-off by a DPO.
 */
public final class Dpia {

    private Dpia() {
    }

    /**
     * The screening questions (ICO's criteria for likely high-risk processing). What the agreement itself
     * shows (special category or criminal offence items, vulnerable data subjects, the number of parties)
     * is read from the agreement, not asked.
     */
    public record ScreeningAnswers(
            boolean largeScale,
            boolean systematicMonitoring,
            boolean dataMatching,
            boolean innovativeTechnology,
            boolean denialOfService,
            boolean evaluationOrScoring,
            boolean automatedDecisions,
            boolean invisibleProcessing,
            boolean riskOfPhysicalHarm) {
    }

    public enum Likelihood {
        REMOTE("Remote"), POSSIBLE("Possible"), PROBABLE("Probable");

        private final String label;

        Likelihood(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Severity {
        MINIMAL("Minimal"), SIGNIFICANT("Significant"), SEVERE("Severe");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RiskLevel {
        LOW("Low"), MEDIUM("Medium"), HIGH("High");

        private final String label;

        RiskLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One risk; its overall level is the ICO's likelihood × severity matrix ({@code DpiaScreeningRules.overall}). */
    public record Risk(String description, Likelihood likelihood, Severity severity) {
    }

    /**
     * The full assessment.
     *
     * @param benefits            to the individuals concerned and to society (000 §4.3)
     * @param risksToIndividuals  erosion of privacy, damage, distress or embarrassment
     * @param risksToOrganisation including reputation if information is shared wrongly
     * @param riskOfNotSharing    the harm if information is not shared when it should be (000 §4.3)
     * @param residualRisk        the risk that remains after the mitigations
     * @param dpoAdvice           the Data Protection Officer's advice (UK GDPR Art 35(2))
     */
    public record Assessment(
            String benefits,
            List<Risk> risksToIndividuals,
            List<Risk> risksToOrganisation,
            String riskOfNotSharing,
            String mitigations,
            RiskLevel residualRisk,
            String dpoAdvice) {

        public Assessment {
            risksToIndividuals = risksToIndividuals == null ? List.of() : List.copyOf(risksToIndividuals);
            risksToOrganisation = risksToOrganisation == null ? List.of() : List.copyOf(risksToOrganisation);
        }

        /** Every part still missing, as field names, in order. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (blank(benefits)) {
                missing.add("benefits");
            }
            if (risksToIndividuals.isEmpty() || risksToIndividuals.stream().anyMatch(r -> !complete(r))) {
                missing.add("risksToIndividuals");
            }
            if (risksToOrganisation.isEmpty() || risksToOrganisation.stream().anyMatch(r -> !complete(r))) {
                missing.add("risksToOrganisation");
            }
            if (blank(riskOfNotSharing)) {
                missing.add("riskOfNotSharing");
            }
            if (blank(mitigations)) {
                missing.add("mitigations");
            }
            if (residualRisk == null) {
                missing.add("residualRisk");
            }
            if (blank(dpoAdvice)) {
                missing.add("dpoAdvice");
            }
            return missing;
        }

        private static boolean complete(Risk risk) {
            return !blank(risk.description()) && risk.likelihood() != null && risk.severity() != null;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /**
     * Where the DPIA for one agreement version stands.
     *
     * @param fullRequired    what the screening decided; null until screened
     * @param screeningReasons the criteria that made a full assessment necessary
     */
    public record State(
            UUID agreementId,
            int version,
            ScreeningAnswers screening,
            Boolean fullRequired,
            List<String> screeningReasons,
            UUID screenedBy,
            Instant screenedAt,
            Assessment assessment,
            UUID assessedBy,
            Instant assessedAt,
            UUID signedOffBy,
            Instant signedOffAt) {

        public State {
            screeningReasons = screeningReasons == null ? List.of() : List.copyOf(screeningReasons);
        }

        public static State none(UUID agreementId, int version) {
            return new State(agreementId, version, null, null, List.of(), null, null, null, null, null, null, null);
        }

        public boolean screened() {
            return fullRequired != null;
        }

        public boolean assessmentComplete() {
            return assessment != null && assessment.missing().isEmpty();
        }

        public boolean signedOff() {
            return signedOffAt != null;
        }

        /** Nothing more is needed before activation. */
        public boolean satisfied() {
            return screened() && (!fullRequired || (assessmentComplete() && signedOff()));
        }
    }
}
