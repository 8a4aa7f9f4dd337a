package org.infoshare.agreement.rules;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.DataSubjectType;
import org.infoshare.agreement.Dpia;
import org.infoshare.agreement.Dpia.Likelihood;
import org.infoshare.agreement.Dpia.RiskLevel;
import org.infoshare.agreement.Dpia.Severity;
import org.infoshare.legal.DataCategory;

/**
 * Does this sharing need a full DPIA? Modelled on the ICO's guidance: some kinds of processing always need
 * one (matching or combining datasets, invisible processing, tracking or monitoring, a risk of denying a
 * service, a risk of physical harm, large-scale profiling, innovative technology used with any other
 * criterion); otherwise two or more of the criteria together (the EDPB's nine, which the ICO adopts, plus
 * sharing among many parties) make the processing likely to be high risk.
 */
public final class DpiaScreeningRules {

    /** Three or more organisations pooling information counts as sharing among many parties. */
    public static final int MANY_PARTIES = 3;

    /** What the agreement itself shows, rather than what is asked. */
    public record Facts(boolean sensitiveData, boolean vulnerableSubjects, int parties) {
        public static Facts of(AgreementDocument document) {
            return new Facts(
                    document.hasCategory(DataCategory.SPECIAL_CATEGORY) || document.hasCategory(DataCategory.CRIMINAL_OFFENCE),
                    document.dataSubjects().stream().anyMatch(type -> type != null && type.vulnerable()),
                    document.parties().size());
        }
    }

    /** @param reasons each criterion met, in plain English */
    public record Result(boolean fullRequired, List<String> reasons) {
        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    private DpiaScreeningRules() {
    }

    public static Result assess(Dpia.ScreeningAnswers a, Facts facts) {
        List<String> criteria = new ArrayList<>();
        List<String> always = new ArrayList<>();
        if (facts.sensitiveData()) {
            criteria.add("Special category or criminal offence data");
        }
        if (facts.vulnerableSubjects()) {
            criteria.add("Vulnerable data subjects (" + DataSubjectType.CHILD.label().toLowerCase() + ", adults at risk or victims)");
        }
        if (facts.parties() >= MANY_PARTIES) {
            criteria.add("Sharing among " + facts.parties() + " organisations");
        }
        if (a.largeScale()) {
            criteria.add("Processing on a large scale");
        }
        if (a.evaluationOrScoring()) {
            criteria.add("Evaluation or scoring, including profiling");
        }
        if (a.automatedDecisions()) {
            criteria.add("Automated decisions with legal or similarly significant effect");
        }
        if (a.systematicMonitoring()) {
            always.add("Systematic monitoring or tracking of individuals");
        }
        if (a.dataMatching()) {
            always.add("Matching or combining datasets from different sources");
        }
        if (a.denialOfService()) {
            always.add("A risk of denying individuals a service, opportunity or benefit");
        }
        if (a.invisibleProcessing()) {
            always.add("Invisible processing: individuals are not told");
        }
        if (a.riskOfPhysicalHarm()) {
            always.add("A risk to individuals' physical health or safety if the data is breached");
        }
        if (a.largeScale() && a.evaluationOrScoring()) {
            always.add("Profiling on a large scale");
        }
        if (a.innovativeTechnology()) {
            if (!criteria.isEmpty() || !always.isEmpty()) {
                always.add("Innovative technology, with another high-risk criterion");
            } else {
                criteria.add("Innovative technology");
            }
        }
        List<String> reasons = new ArrayList<>(always);
        reasons.addAll(criteria);
        boolean required = !always.isEmpty() || criteria.size() >= 2;
        return new Result(required, required ? reasons : List.of());
    }

    /** The ICO's likelihood × severity matrix: remote/minimal is low, probable/severe is high. */
    public static RiskLevel overall(Likelihood likelihood, Severity severity) {
        int score = (likelihood.ordinal() + 1) * (severity.ordinal() + 1);
        if (score <= 2) {
            return RiskLevel.LOW;
        }
        return score <= 4 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
    }
}
