package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.infoshare.agreement.FormText.blankToNull;

/** The DPIA pages' forms: the screening questions, and the full assessment with its rows of risks. */
final class DpiaForms {

    private DpiaForms() {
    }

    /** The DPIA screening questions, as the names of the answers that are yes. */
    public static class ScreeningForm {
        private Set<String> yes = new LinkedHashSet<>();

        static ScreeningForm of(Dpia.ScreeningAnswers answers) {
            ScreeningForm f = new ScreeningForm();
            if (answers != null) {
                for (var component : Dpia.ScreeningAnswers.class.getRecordComponents()) {
                    try {
                        if ((Boolean) component.getAccessor().invoke(answers)) {
                            f.yes.add(component.getName());
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return f;
        }

        Dpia.ScreeningAnswers toAnswers() {
            Set<String> y = yes == null ? Set.of() : yes;
            return new Dpia.ScreeningAnswers(y.contains("largeScale"), y.contains("systematicMonitoring"), y.contains("dataMatching"),
                    y.contains("innovativeTechnology"), y.contains("denialOfService"), y.contains("evaluationOrScoring"),
                    y.contains("automatedDecisions"), y.contains("invisibleProcessing"), y.contains("riskOfPhysicalHarm"));
        }

        public Set<String> getYes() { return yes; }
        public void setYes(Set<String> yes) { this.yes = yes; }
    }

    public static class RiskForm {
        private String description;
        private Dpia.Likelihood likelihood;
        private Dpia.Severity severity;

        static RiskForm of(Dpia.Risk risk) {
            RiskForm f = new RiskForm();
            f.description = risk.description();
            f.likelihood = risk.likelihood();
            f.severity = risk.severity();
            return f;
        }

        boolean empty() {
            return (description == null || description.isBlank()) && likelihood == null && severity == null;
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Dpia.Likelihood getLikelihood() { return likelihood; }
        public void setLikelihood(Dpia.Likelihood likelihood) { this.likelihood = likelihood; }
        public Dpia.Severity getSeverity() { return severity; }
        public void setSeverity(Dpia.Severity severity) { this.severity = severity; }
    }

    public static class AssessmentForm {
        static final int RISK_ROWS = 3;
        private String benefits;
        private List<RiskForm> risksToIndividuals = rows(List.of());
        private List<RiskForm> risksToOrganisation = rows(List.of());
        private String riskOfNotSharing;
        private String mitigations;
        private Dpia.RiskLevel residualRisk;
        private String dpoAdvice;

        static AssessmentForm of(Dpia.Assessment a) {
            AssessmentForm f = new AssessmentForm();
            if (a != null) {
                f.benefits = a.benefits();
                f.risksToIndividuals = rows(a.risksToIndividuals());
                f.risksToOrganisation = rows(a.risksToOrganisation());
                f.riskOfNotSharing = a.riskOfNotSharing();
                f.mitigations = a.mitigations();
                f.residualRisk = a.residualRisk();
                f.dpoAdvice = a.dpoAdvice();
            }
            return f;
        }

        private static List<RiskForm> rows(List<Dpia.Risk> risks) {
            List<RiskForm> rows = new ArrayList<>(risks.stream().map(RiskForm::of).toList());
            while (rows.size() < Math.max(RISK_ROWS, risks.size() + 1)) {
                rows.add(new RiskForm());
            }
            return rows;
        }

        Dpia.Assessment toAssessment() {
            return new Dpia.Assessment(blankToNull(benefits), risks(risksToIndividuals), risks(risksToOrganisation),
                    blankToNull(riskOfNotSharing), blankToNull(mitigations), residualRisk, blankToNull(dpoAdvice));
        }

        private static List<Dpia.Risk> risks(List<RiskForm> rows) {
            return rows == null ? List.of() : rows.stream().filter(r -> !r.empty())
                    .map(r -> new Dpia.Risk(blankToNull(r.description), r.likelihood, r.severity)).toList();
        }

        public String getBenefits() { return benefits; }
        public void setBenefits(String benefits) { this.benefits = benefits; }
        public List<RiskForm> getRisksToIndividuals() { return risksToIndividuals; }
        public void setRisksToIndividuals(List<RiskForm> v) { this.risksToIndividuals = v; }
        public List<RiskForm> getRisksToOrganisation() { return risksToOrganisation; }
        public void setRisksToOrganisation(List<RiskForm> v) { this.risksToOrganisation = v; }
        public String getRiskOfNotSharing() { return riskOfNotSharing; }
        public void setRiskOfNotSharing(String riskOfNotSharing) { this.riskOfNotSharing = riskOfNotSharing; }
        public String getMitigations() { return mitigations; }
        public void setMitigations(String mitigations) { this.mitigations = mitigations; }
        public Dpia.RiskLevel getResidualRisk() { return residualRisk; }
        public void setResidualRisk(Dpia.RiskLevel residualRisk) { this.residualRisk = residualRisk; }
        public String getDpoAdvice() { return dpoAdvice; }
        public void setDpoAdvice(String dpoAdvice) { this.dpoAdvice = dpoAdvice; }
    }
}
