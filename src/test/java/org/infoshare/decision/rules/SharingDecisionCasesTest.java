package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.legal.DataCategory;
import org.infoshare.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.CHARITY;
import static org.infoshare.decision.rules.CaseFacts.COUNCIL;
import static org.infoshare.decision.rules.CaseFacts.NHS;
import static org.infoshare.decision.rules.CaseFacts.POLICE;
import static org.infoshare.decision.rules.CaseFacts.TODAY;
import static org.infoshare.decision.rules.Outcome.DO_NOT_SHARE;
import static org.infoshare.decision.rules.Outcome.SEEK_ADVICE;
import static org.infoshare.decision.rules.Outcome.SHARE;

/**
 * The decision engine, case by case against the seeds. Each case names the passage it comes from; the
 * seed's wording is the specification.
 */
class SharingDecisionCasesTest {

    private static final SharingDecisionEngine ENGINE = new SharingDecisionEngine();

    record Case(String name, String seed, UnaryOperator<CaseFacts> facts, List<ApplicableAgreement> agreements,
                Outcome expected, Consumer<DecisionResult> then) {
        @Override
        public String toString() {
            return name + " [" + seed + "]";
        }
    }

    private static Case c(String name, String seed, UnaryOperator<CaseFacts> facts, Outcome expected, Consumer<DecisionResult> then) {
        return new Case(name, seed, facts, List.of(), expected, then);
    }

    private static Case c(String name, String seed, UnaryOperator<CaseFacts> facts, List<ApplicableAgreement> agreements,
                          Outcome expected, Consumer<DecisionResult> then) {
        return new Case(name, seed, facts, agreements, expected, then);
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Layer 1: purpose
        cases.add(c("no clear and legitimate purpose", "003 'When?': No – then do not share information",
                f -> { f.legitimate = Answer.NO; return f; }, DO_NOT_SHARE, r -> assertThat(r.path().get(0).answer()).isEqualTo("No")));
        cases.add(c("unsure whether there is a purpose or power", "000 §4.1: if staff are unsure they must seek advice from the DPO",
                f -> { f.legitimate = Answer.NOT_SURE; return f; }, SEEK_ADVICE,
                r -> { assertThat(r.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER); assertThat(r.openQuestions()).contains(Question.PURPOSE_LEGITIMATE); }));
        cases.add(c("service planning with identifiable data", "000 §4.1: not appropriate to use personal data to plan service provision",
                f -> { f.purpose = SharingPurpose.SERVICE_PLANNING; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("anonymised")));
        cases.add(c("practitioner asks for advice", "003 golden rule 3: seek advice if you are in any doubt",
                f -> { f.adviceWanted = true; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.PRACTITIONER_ASKED)));
        // Layer 2: identifiable, confidential
        cases.add(c("information identifies no one", "003 'When?': No – you can share but should consider how",
                f -> { f.identifiable = false; f.childAtRisk = Answer.NO; f.notSought = null; return f; }, SHARE,
                r -> { assertThat(codes(r)).containsExactly("CL-CONFIDENCE"); assertThat(r.conditions().informPerson()).isFalse(); }));
        cases.add(c("not confidential, no consent, public authority", "004 §6: information which is not confidential may generally be shared where necessary",
                f -> { f.confidential = false; f.noRisk(); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1E", "CL-CONFIDENCE")));
        // Layer 3: consent
        cases.add(c("explicit consent for this purpose and recipient, with health information", "003 'When?': Do you have consent? Yes – you can share",
                f -> { f.noRisk(); f.consentGiven(); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1A", "UKGDPR-A9-2A"); assertThat(r.consentId()).isNotNull(); assertThat(r.consentOverridden()).isFalse(); }));
        cases.add(c("partial consent that does not name this recipient", "003 'Partial Consent': does this include the agency you want to share it with?",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(NHS), TODAY.minusMonths(1), null); return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().startsWith("Partial"))));
        cases.add(c("partial consent that names this recipient", "003 'Partial Consent': if you do have consent, then the paragraph above applies",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(NHS, POLICE), TODAY.minusMonths(1), null); return f; },
                SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A6-1A")));
        cases.add(c("partial consent not naming the recipient, child at risk", "003 'Partial Consent' with 'Sharing without consent': safeguarding is paramount",
                f -> { f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(NHS), TODAY.minusMonths(1), null); return f; },
                SHARE, r -> { assertThat(r.consentId()).isNull(); assertThat(r.consentOverridden()).isFalse(); assertThat(codes(r)).contains("UKGDPR-A6-1E"); }));
        cases.add(c("expired consent, no other reason", "004 §5: consent is specific, time limited and can be withdrawn",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(POLICE), TODAY.minusYears(1), TODAY.minusDays(1)); return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().contains("expired"))));
        cases.add(c("expired consent, child at risk of significant harm", "004 §5 with 003 'Sharing without consent'",
                f -> { f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(POLICE), TODAY.minusYears(1), TODAY.minusDays(1)); return f; },
                SHARE, r -> assertThat(r.consentId()).isNull()));
        cases.add(c("consent for another purpose only", "004 §5: consent must be specific",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(SharingPurpose.EARLY_HELP), Set.of(POLICE), TODAY.minusMonths(1), null); return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().contains("not for this purpose"))));
        cases.add(c("implied consent does not reach sensitive information", "003: where sensitive personal information is being shared explicit consent is expected",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, false, Set.of(f.purpose), Set.of(POLICE), TODAY.minusMonths(1), null); f.items("safeguarding-concern", "mental-health"); return f; },
                SHARE, r -> { assertThat(sharedCodes(r)).containsExactly("safeguarding-concern"); assertThat(withheldCodes(r)).containsExactly("mental-health"); }));
        cases.add(c("consent given while lacking capacity", "003 'The Mental Capacity Act (MCA) 2005'",
                f -> { f.adult(40); f.consent = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.GIVEN, true, true,
                        Set.of(f.purpose), Set.of(POLICE), TODAY.minusMonths(1), null, TODAY); f.notSought = null; return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().contains("lacked capacity"))));
        cases.add(c("consent refused, no safeguarding concern", "003 golden rule 4: respect the wishes of those who do not consent",
                f -> { f.noRisk(); f.refused(); return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("did not consent")));
        cases.add(c("consent refused, child at risk, override justified", "003 'Sharing information when consent has been refused': can and MUST be shared",
                f -> { f.refused(); f.overrideJustification = "Bruising seen twice; the parent refused so as to stop the referral"; return f; }, SHARE,
                r -> { assertThat(r.consentOverridden()).isTrue(); assertThat(r.managerReview()).isTrue(); assertThat(r.summary()).contains("overridden"); }));
        cases.add(c("consent refused, child at risk, no justification recorded", "003: the decision must be proportionate and recorded",
                f -> { f.refused(); return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.OVERRIDE_JUSTIFICATION)));
        cases.add(c("consent withdrawn, child at risk, override justified", "003 'Sharing information when consent has been refused'",
                f -> { f.withdrawn(); f.overrideJustification = "New disclosure by the child at school"; return f; }, SHARE,
                r -> assertThat(r.managerReview()).isTrue()));
        cases.add(c("consent withdrawn, no other reason", "004 §5: consent can be withdrawn",
                f -> { f.noRisk(); f.withdrawn(); return f; }, DO_NOT_SHARE, r -> assertThat(r.consentId()).isNull()));
        cases.add(c("refusal about other recipients only, child at risk", "003 'Partial Consent'",
                f -> { f.consent(DecisionFacts.ConsentState.REFUSED, true, Set.of(f.purpose), Set.of(NHS), TODAY.minusMonths(1), null); return f; },
                SHARE, r -> assertThat(r.consentOverridden()).isFalse()));
        cases.add(c("consent not sought and no reason recorded", "003: where consent has not been obtained, reasons must be documented",
                f -> { f.notSought = null; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("no reason")));
        cases.add(c("consent not sought because it would put the child at risk", "004 §2: Sch 1 safeguarding condition, including without consent",
                f -> { f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-18", "CL-CONFIDENCE", "HRA1998-A8")));
        cases.add(c("consent not sought with a reason, but no reason to share", "003 'When?': another reason? No – do not share",
                f -> { f.noRisk(); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, DO_NOT_SHARE, r -> assertThat(r.chain()).isEmpty()));
        // Layer 4: another reason
        cases.add(c("unsure whether the child is at risk of significant harm", "004 §6: the concern must not be ignored; talk to someone",
                f -> { f.childAtRisk = Answer.NOT_SURE; return f; }, SEEK_ADVICE,
                r -> { assertThat(r.adviser()).isEqualTo(Role.MANAGER); assertThat(r.openQuestions()).contains(Question.CHILD_AT_RISK); }));
        cases.add(c("adult meeting two of the three 'at risk' tests", "DPA 2018 Sch 1 para 18(3) / Sch 8 para 4(3) (002 §2.3): all three must hold",
                f -> { f.adult(34); f.notSought = NotSoughtReason.NOT_REASONABLE; f.careNeeds = Answer.YES; f.abuse = Answer.YES; f.unable = Answer.NO; return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().equals("No: 2 of the 3 tests are met"))));
        cases.add(c("adult meeting all three 'at risk' tests, with health information", "002 §2.3: safeguarding of children and individuals at risk",
                f -> { f.adult(78); f.notSought = NotSoughtReason.CANNOT_BE_GIVEN; f.careNeeds = Answer.YES; f.abuse = Answer.YES; f.unable = Answer.YES;
                    f.recipient = NHS; f.purpose = SharingPurpose.SAFEGUARDING_ADULT; f.items("safeguarding-concern", "physical-health"); return f; },
                SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A9-2G", "DPA18-S1-18")));
        cases.add(c("adult 'at risk' test uncertain", "004 golden rule 4: seek advice promptly whenever you are uncertain",
                f -> { f.adult(50); f.careNeeds = Answer.YES; f.abuse = Answer.YES; f.unable = Answer.NOT_SURE; return f; }, SEEK_ADVICE,
                r -> assertThat(r.openQuestions()).contains(Question.ADULT_UNABLE_TO_PROTECT)));
        cases.add(c("someone's life at risk, charity holder", "003 'When?': to protect the vital interests of the individual",
                f -> { f.noRisk(); f.adult(30); f.holder = new DecisionFacts.Holder(CHARITY, false, false, false); f.vital = Answer.YES;
                    f.notSought = NotSoughtReason.UNJUSTIFIED_DELAY; return f; }, SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A6-1D")));
        cases.add(c("charity sharing to protect a child", "003 Appendix 1: legitimate interests for bodies that are not public authorities",
                f -> { f.holder = new DecisionFacts.Holder(CHARITY, false, false, false); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1F")));
        cases.add(c("statutory gateway: child protection enquiries", "003 'Children Act 1989': s47 is the main legal gateway",
                f -> { f.noRisk(); f.gateways = Set.of("CA1989-S47"); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("CA1989-S47", "UKGDPR-A9-2G", "DPA18-S1-6")));
        cases.add(c("public interest: preventing crime, with sensitive data", "003 'Public Interest' criteria; 002 §2.3 Sch 1 para 10",
                f -> { f.noRisk(); f.adult(25); f.publicInterest = EnumSet.of(PublicInterest.PREVENTING_CRIME); f.notSought = NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION;
                    f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME; f.items("substance-misuse", "address"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A9-2G", "DPA18-S1-10")));
        // Layer 4: proportionality
        cases.add(c("an equally effective, less intrusive means exists", "003 'Public Interest': is there another equally effective means?",
                f -> { f.lessIntrusive = Answer.YES; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("less intrusive")));
        cases.add(c("sharing not proportionate to the risk", "002 §2.5: weigh what might happen if shared against if not",
                f -> { f.proportionate = Answer.NO; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("proportionate")));
        cases.add(c("unsure whether sharing is proportionate", "004 golden rule 4",
                f -> { f.proportionate = Answer.NOT_SURE; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.PROPORTIONATE)));
        // Layer 5: lawful basis in layers
        cases.add(c("special category data without an Article 9 condition", "004 §2: identify an Art 6 basis AND an Art 9 condition",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.holder = new DecisionFacts.Holder(COUNCIL, true, false, false);
                    f.purpose = SharingPurpose.EARLY_HELP; f.items("school-attendance", "ethnicity"); return f; }, SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("school-attendance"); assertThat(r.withheld().get(0).reason()).contains("Article 9"); }));
        cases.add(c("only special category data and no Article 9 condition", "004 §2; 002 §2.3",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.holder = new DecisionFacts.Holder(COUNCIL, true, false, false);
                    f.purpose = SharingPurpose.EARLY_HELP; f.items("sexual-orientation"); return f; }, DO_NOT_SHARE, r -> assertThat(r.chain()).isEmpty()));
        cases.add(c("criminal offence data to protect a child", "002 §2.3: Art 10 with a Schedule 1 condition",
                f -> { f.items("domestic-abuse-incidents", "address"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A10", "DPA18-S1-18", "DPA18-S1-36")));
        cases.add(c("criminal offence data without a Schedule 1 condition", "002 §2.3 Art 10",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.purpose = SharingPurpose.EARLY_HELP;
                    f.holder = new DecisionFacts.Holder(COUNCIL, true, false, false); f.items("criminal-convictions", "address"); return f; }, SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(CaseFacts.hasCategory(r.withheld(), DataCategory.CRIMINAL_OFFENCE)).isTrue(); }));
        cases.add(c("police sharing sensitive data for law enforcement to protect a child", "002 §2.3 Part 3: s35(5) strictly necessary + Sch 8 para 4",
                f -> { f.holder = new DecisionFacts.Holder(POLICE, true, true, false); f.recipient = COUNCIL; f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME;
                    f.items("police-involvement", "mental-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("DPA18-S35-2", "DPA18-S35-5", "DPA18-S8-4").doesNotContain("UKGDPR-A6-1E")));
        cases.add(c("police sensitive processing with no Schedule 8 condition", "DPA 2018 s35 (002 §2.3)",
                f -> { f.noRisk(); f.adult(30); f.holder = new DecisionFacts.Holder(POLICE, true, true, false); f.recipient = COUNCIL;
                    f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME; f.publicInterest = EnumSet.of(PublicInterest.DETECTING_CRIME);
                    f.notSought = NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION; f.items("police-involvement", "mental-health"); return f; }, SHARE,
                r -> assertThat(withheldCodes(r)).containsExactly("mental-health")));
        cases.add(c("a deceased person, confidential, no public interest", "002 §4.2: outside data protection law, inside the duty of confidence",
                f -> { f.deceased = true; f.age = 45; f.noRisk(); return f; }, DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.citation().contains("002 §4.2"))));
        cases.add(c("a deceased parent's history to protect a sibling", "002 §4.2 with 003 'Duty of Confidence'",
                f -> { f.deceased = true; f.age = 45; f.items("mental-health", "family-relationships"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("CL-CONFIDENCE", "HRA1998-A8").doesNotContain("UKGDPR-A6-1E"); assertThat(r.conditions().informPerson()).isFalse(); }));
        // Outside the UK
        cases.add(c("processed outside the UK with safeguards", "002 §4.6: appropriate safeguards and enforceable rights",
                f -> { f.outsideUk = OutsideUk.YES_WITH_SAFEGUARDS; return f; }, SHARE, r -> assertThat(r.conditions().outsideUkSafeguards()).isTrue()));
        cases.add(c("outside the UK without safeguards, no safeguarding need", "002 §4.6",
                f -> { f.noRisk(); f.publicInterest = EnumSet.of(PublicInterest.PREVENTING_CRIME); f.outsideUk = OutsideUk.YES_WITHOUT_SAFEGUARDS; return f; },
                DO_NOT_SHARE, r -> assertThat(r.summary()).contains("outside the UK")));
        cases.add(c("outside the UK without safeguards, for a child at risk", "003 Appendix 1, eighth principle: legal advice may be necessary",
                f -> { f.outsideUk = OutsideUk.YES_WITHOUT_SAFEGUARDS; return f; }, SEEK_ADVICE,
                r -> { assertThat(r.openQuestions()).contains(Question.OUTSIDE_UK_EXCEPTION); assertThat(r.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER); }));
        cases.add(c("unsure about safeguards outside the UK", "002 §4.6",
                f -> { f.outsideUk = OutsideUk.NOT_SURE; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.OUTSIDE_UK_SAFEGUARDS)));
        // Requests for information
        cases.add(c("s14B request for the partnership's functions, consent refused", "004 §7: the partnership can require a person or body to comply",
                f -> { f.noRisk(); f.refused(); f.request = new DecisionFacts.RequestBasis("CA2004-S14B", Answer.YES); f.purpose = SharingPurpose.PARTNERSHIP_REVIEW; return f; },
                SHARE, r -> { assertThat(codes(r)).contains("UKGDPR-A6-1C", "CA2004-S14B"); assertThat(r.consentOverridden()).isFalse(); }));
        cases.add(c("s14B request, unsure it is for the partnership's functions", "004 §7",
                f -> { f.request = new DecisionFacts.RequestBasis("CA2004-S14B", Answer.NOT_SURE); return f; }, SEEK_ADVICE,
                r -> assertThat(r.openQuestions()).contains(Question.PARTNERSHIP_FUNCTIONS)));
        cases.add(c("request citing s47 of the Children Act 1989", "004 §6: clarify whether acting under s17 or s47",
                f -> { f.noRisk(); f.request = new DecisionFacts.RequestBasis("CA1989-S47", Answer.NO); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("CA1989-S47")));
        // Agreements
        cases.add(c("systematic sharing with no agreement", "000 §3, §4.2: systematic sharing runs under an agreement",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("agreement")));
        cases.add(c("systematic sharing under a terminated agreement", "000 §4.2; 001 Q12",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, List.of(agreement(false, true, Map.of("address", Set.of(POLICE)))),
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.explanation().contains("terminated"))));
        cases.add(c("systematic sharing under an agreement in force", "002 §1.6, §4.1: only the data specified in the DSA",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, List.of(agreement(true, true, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(COUNCIL)))),
                SHARE, r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(r.agreementId()).isNotNull();
                    assertThat(r.conditions().secureMethods()).containsExactly(TransferMethod.SECURE_FILE_TRANSFER); }));
        cases.add(c("case by case with no agreement", "001 Q13: the lack of an ISP must never be a reason for not sharing",
                f -> f, SHARE, r -> assertThat(r.path()).anyMatch(s -> s.citation().equals("001 Q13"))));
        cases.add(c("case by case with a terminated agreement", "001 Q13",
                f -> f, List.of(agreement(false, false, Map.of("address", Set.of(POLICE)))), SHARE, r -> assertThat(r.agreementId()).isNull()));
        cases.add(c("case by case under an agreement: minimised to its items", "002 §4.1; 000 §4.1 data minimisation",
                f -> { f.items("address", "safeguarding-concern", "school-attendance"); return f; },
                List.of(agreement(true, false, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(COUNCIL)))), SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(withheldCodes(r)).containsExactly("safeguarding-concern", "school-attendance"); }));
        // Minimisation and how
        cases.add(c("an item judged unnecessary is withheld", "004 golden rule 6: rarely share an entire record",
                f -> { f.items.set(1, new DecisionFacts.RequestedItem("address", "Address", DataCategory.PERSONAL, null, false, false, false)); return f; }, SHARE,
                r -> assertThat(withheldCodes(r)).containsExactly("address")));
        cases.add(c("no items named", "003 golden rule 6",
                f -> { f.items = new ArrayList<>(); return f; }, DO_NOT_SHARE, r -> assertThat(r.shared()).isEmpty()));
        cases.add(c("urgent: telephone allowed, confirmed in writing", "004 §6: in urgent situations share verbally, then confirm in writing",
                f -> { f.urgency = Urgency.IMMEDIATE; return f; }, SHARE,
                r -> { assertThat(r.conditions().secureMethods()).contains(TransferMethod.TELEPHONE_OR_MEETING); assertThat(r.conditions().confirmInWriting()).isTrue(); }));
        cases.add(c("routine: no telephone, never unencrypted email", "002 §4.4: sharing by telephone should be avoided unless urgent",
                f -> f, SHARE, r -> assertThat(r.conditions().secureMethods()).doesNotContain(TransferMethod.TELEPHONE_OR_MEETING).contains(TransferMethod.ENCRYPTED_EMAIL)));
        cases.add(c("not telling the person, with the reason recorded", "002 §3.1: record reasons for sharing without making the individual aware",
                f -> f, SHARE, r -> { assertThat(r.conditions().informPerson()).isFalse(); assertThat(r.conditions().notInformReason()).contains("risk"); }));
        cases.add(c("not telling the person with no reason: tell them", "003 'How?': inform the individual unless that would create or increase risk",
                f -> { f.inform = new DecisionFacts.Inform(Answer.NO, null); return f; }, SHARE, r -> assertThat(r.conditions().informPerson()).isTrue()));
        cases.add(c("opinion and third parties: marked and protected", "003 'Accurate'; 004 golden rule 5",
                f -> { f.items.add(new DecisionFacts.RequestedItem("risk-assessment", "Risk", DataCategory.PERSONAL, null, true, true, true)); return f; }, SHARE,
                r -> { assertThat(r.conditions().distinguishFactFromOpinion()).isTrue(); assertThat(r.conditions().protectThirdParties()).isTrue(); }));
        return cases.stream();
    }

    private static ApplicableAgreement agreement(boolean inForce, boolean systematic, Map<String, Set<UUID>> items) {
        List<ApplicableAgreement.AgreementItem> list = new ArrayList<>();
        items.forEach((code, to) -> {
            StandardItems.Item item = StandardItems.byCode(code).orElseThrow();
            list.add(new ApplicableAgreement.AgreementItem(code, item.label(), item.category(), item.specialCategory(), to));
        });
        return new ApplicableAgreement(UUID.randomUUID(), "WSP-DSA-7", "Children's safeguarding", inForce, inForce ? "Active" : "Terminated",
                true, systematic, TODAY.minusYears(1), Set.of(COUNCIL, POLICE, NHS), Set.of(SharingPurpose.SAFEGUARDING_CHILD),
                ApplicableAgreement.itemsByCode(list), Set.of(TransferMethod.SECURE_FILE_TRANSFER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAsTheSeedSays(Case c) {
        DecisionResult result = ENGINE.evaluate(c.facts().apply(CaseFacts.childAtRiskReferral()).build(), c.agreements());
        assertThat(result.outcome()).as(c.name() + " (" + c.seed() + "): " + result.summary() + " via " + result.path()).isEqualTo(c.expected());
        assertThat(result.summary()).isNotBlank();
        assertThat(result.path()).isNotEmpty().allSatisfy(step -> assertThat(step.citation()).isNotBlank());
        c.then().accept(result);
    }

    @org.junit.jupiter.api.Test
    void theTableCoversAtLeastFortySeedCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(cases().map(Case::seed)).allSatisfy(seed -> assertThat(seed).matches("^(000|001|002|003|004|DPA).*"));
    }

    @org.junit.jupiter.api.Test
    void anAdvisersAnswersCompleteTheDecision() {
        CaseFacts facts = CaseFacts.childAtRiskReferral();
        facts.childAtRisk = Answer.NOT_SURE;
        facts.proportionate = Answer.NOT_SURE;
        DecisionResult first = ENGINE.evaluate(facts.build(), List.of());
        assertThat(first.outcome()).isEqualTo(SEEK_ADVICE);
        assertThat(first.openQuestions()).contains(Question.CHILD_AT_RISK, Question.PROPORTIONATE);
        DecisionResult advised = ENGINE.evaluate(facts.build().resolvedBy(Map.of(Question.CHILD_AT_RISK, Answer.YES, Question.PROPORTIONATE, Answer.YES), null), List.of());
        assertThat(advised.outcome()).isEqualTo(SHARE);
        DecisionResult declined = ENGINE.evaluate(facts.build().resolvedBy(Map.of(Question.CHILD_AT_RISK, Answer.NO, Question.PROPORTIONATE, Answer.YES), null), List.of());
        assertThat(declined.outcome()).isEqualTo(DO_NOT_SHARE);
    }

    @org.junit.jupiter.api.Test
    void anAdviserCanJustifyOrDeclineAnOverride() {
        CaseFacts facts = CaseFacts.childAtRiskReferral().refused();
        DecisionFacts stated = facts.build();
        assertThat(ENGINE.evaluate(stated, List.of()).outcome()).isEqualTo(SEEK_ADVICE);
        DecisionResult justified = ENGINE.evaluate(stated.resolvedBy(Map.of(Question.OVERRIDE_JUSTIFICATION, Answer.YES), "The child disclosed injuries"), List.of());
        assertThat(justified.outcome()).isEqualTo(SHARE);
        assertThat(justified.managerReview()).isTrue();
        assertThat(ENGINE.evaluate(stated.resolvedBy(Map.of(Question.OVERRIDE_JUSTIFICATION, Answer.NO), null), List.of()).outcome()).isEqualTo(DO_NOT_SHARE);
    }

    static List<String> codes(DecisionResult result) {
        return result.chain().stream().map(DecisionResult.ChainLink::code).toList();
    }

    static List<String> sharedCodes(DecisionResult result) {
        return result.shared().stream().map(DecisionResult.ItemDecision::code).toList();
    }

    static List<String> withheldCodes(DecisionResult result) {
        return result.withheld().stream().map(DecisionResult.ItemDecision::code).toList();
    }
}
