package org.infoshare.decision.rules;

// Longer than 400 lines: the engine's case table, one case per passage of the seeds, read top to bottom.

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
        // Layer 1: purpose (and layer 2, agreements, below)
        cases.add(c("no clear and legitimate purpose", "003 'When?': No – then do not share information",
                f -> { f.legitimate = Answer.NO; return f; }, DO_NOT_SHARE, r -> assertThat(r.path().get(0).answer()).isEqualTo("No")));
        cases.add(c("unsure whether there is a purpose or power", "000 §4.1: if staff are unsure they must seek advice from the DPO",
                f -> { f.legitimate = Answer.NOT_SURE; return f; }, SEEK_ADVICE,
                r -> { assertThat(r.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER); assertThat(r.openQuestions()).contains(Question.PURPOSE_LEGITIMATE); }));
        cases.add(c("service planning with identifiable data", "000 §4.1: not appropriate to use personal data to plan service provision",
                f -> { f.purpose = SharingPurpose.SERVICE_PLANNING; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("anonymised")));
        cases.add(c("practitioner asks for advice", "003 golden rule 3: seek advice if you are in any doubt",
                f -> { f.adviceWanted = true; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.PRACTITIONER_ASKED)));
        // Layer 3: identifiable, confidential
        cases.add(c("information identifies no one", "003 'When?': No – you can share but should consider how",
                f -> { f.identifiable = false; f.childAtRisk = Answer.NO; f.notSought = null; return f; }, SHARE,
                r -> { assertThat(codes(r)).containsExactly("CL-CONFIDENCE"); assertThat(r.conditions().informPerson()).isFalse(); }));
        cases.add(c("not confidential, no consent, public authority", "004 §6: information which is not confidential may generally be shared where necessary",
                f -> { f.confidential = false; f.noRisk(); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1E", "CL-CONFIDENCE")));
        // Layer 5: consent; and whether consent is the lawful basis (layer 13)
        cases.add(c("a council with explicit consent: consent meets the duty of confidence, the public task is the basis", "002 §2.4: consent is not generally the lawful basis public sector organisations use",
                f -> { f.noRisk(); f.consentGiven(); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1E", "CL-CONFIDENCE").doesNotContain("UKGDPR-A6-1A", "UKGDPR-A9-2A");
                    assertThat(r.consentId()).isNotNull(); assertThat(r.consentIsLawfulBasis()).isFalse(); assertThat(r.consentOverridden()).isFalse();
                    assertThat(chainWhy(r, "CL-CONFIDENCE")).startsWith("Met"); assertThat(withheldCodes(r)).containsExactly("mental-health");
                    assertThat(r.withheld().get(0).reason()).contains("002 §2.4"); }));
        cases.add(c("a council with explicit consent and its statutory function: Art 9(2)(g) with Sch 1 para 6", "002 §2.3: statutory and government purposes, para 6",
                f -> { f.noRisk(); f.consentGiven(); f.gateways("CA1989-S47"); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-6", "CA1989-S47").doesNotContain("UKGDPR-A6-1A");
                    assertThat(sharedCodes(r)).contains("mental-health"); }));
        cases.add(c("a voluntary group with explicit consent may use it as its lawful basis", "002 §2.4: other parties, such as voluntary groups, may use consent as a lawful basis",
                f -> { f.noRisk(); f.holder = CaseFacts.holder(CHARITY); f.consentGiven(); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1A", "UKGDPR-A9-2A", "CL-CONFIDENCE"); assertThat(r.consentIsLawfulBasis()).isTrue(); }));
        cases.add(c("an agreement records that the voluntary group does not rely on consent", "002 §2.4: each party is responsible for managing consent where they use it as the basis",
                f -> { f.noRisk(); f.holder = CaseFacts.holder(CHARITY); f.consentGiven(); return f; },
                List.of(agreement(true, false, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(POLICE)), Set.of(CHARITY, POLICE), Map.of(CHARITY, false))),
                SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A6-1F").doesNotContain("UKGDPR-A6-1A")));
        cases.add(c("an agreement records that the council relies on consent", "002 §2.4: consent is not GENERALLY the lawful basis for the public sector",
                f -> { f.noRisk(); f.consentGiven(); return f; },
                List.of(agreement(true, false, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(POLICE)), Set.of(COUNCIL, POLICE), Map.of(COUNCIL, true))),
                SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A6-1A").doesNotContain("UKGDPR-A6-1E")));
        cases.add(c("partial consent that does not name this recipient", "003 'Partial Consent': does this include the agency you want to share it with?",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(NHS), TODAY.minusMonths(1), null); return f; },
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.answer().startsWith("Partial"))));
        cases.add(c("partial consent that names this recipient", "003 'Partial Consent': if you do have consent, then the paragraph above applies",
                f -> { f.noRisk(); f.consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(f.purpose), Set.of(NHS, POLICE), TODAY.minusMonths(1), null); return f; },
                SHARE, r -> { assertThat(codes(r)).contains("UKGDPR-A6-1E"); assertThat(chainWhy(r, "CL-CONFIDENCE")).startsWith("Met"); }));
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
        cases.add(c("consent not sought and no reason recorded, a child at risk: the reason is asked for, never a refusal", "003: reasons must be documented; 004 golden rules 1 and 3",
                f -> { f.notSought = null; return f; }, SEEK_ADVICE,
                r -> { assertThat(r.openQuestions()).contains(Question.CONSENT_NOT_SOUGHT_REASON); assertThat(r.summary()).contains("reason is not recorded"); }));
        cases.add(c("consent not sought and no reason recorded, no risk: still asked for, never refused", "003 'Consent to share information': the reasons must be documented",
                f -> { f.noRisk(); f.notSought = null; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.CONSENT_NOT_SOUGHT_REASON)));
        cases.add(c("'consent is not the basis' is a recordable reason; a child at risk under s47", "004 §5: you do not need consent; 002 §2.4",
                f -> { f.notSought = NotSoughtReason.NOT_THE_BASIS; f.gateways("CA1989-S47"); f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-6").doesNotContain("DPA18-S1-18");
                    assertThat(r.path()).anyMatch(s -> s.answer().startsWith("Not sought: Consent is not the basis")); }));
        cases.add(c("not confidential: no consent question, shared on the lawful basis alone", "003 'When?': Is the information confidential? No – you can share; 004 §6",
                f -> { f.confidential = false; f.noRisk(); f.notSought = null; return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("UKGDPR-A6-1E", "CL-CONFIDENCE"); assertThat(chainWhy(r, "CL-CONFIDENCE")).startsWith("Not confidential");
                    assertThat(r.path()).noneMatch(s -> s.question().startsWith("Do you have consent")); }));
        cases.add(c("consent not sought because it would put the child at risk", "004 §2: Sch 1 safeguarding condition, including without consent",
                f -> { f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-18", "CL-CONFIDENCE", "HRA1998-A8")));
        cases.add(c("consent not sought with a reason, but no reason to share", "003 'When?': another reason? No – do not share",
                f -> { f.noRisk(); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, DO_NOT_SHARE, r -> assertThat(r.chain()).isEmpty()));
        // Layers 6-10: another reason to share
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
                f -> { f.noRisk(); f.adult(30); f.holder = CaseFacts.holder(CHARITY); f.vital = Answer.YES;
                    f.notSought = NotSoughtReason.UNJUSTIFIED_DELAY; return f; }, SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A6-1D")));
        cases.add(c("charity sharing to protect a child", "003 Appendix 1: legitimate interests for bodies that are not public authorities",
                f -> { f.holder = CaseFacts.holder(CHARITY); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A6-1F")));
        cases.add(c("statutory gateway: child protection enquiries", "003 'Children Act 1989': s47 is the main legal gateway",
                f -> { f.noRisk(); f.gateways("CA1989-S47"); f.items("safeguarding-concern", "mental-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("CA1989-S47", "UKGDPR-A9-2G", "DPA18-S1-6")));
        cases.add(c("public interest: preventing crime, with sensitive data", "003 'Public Interest' criteria; 002 §2.3 Sch 1 para 10",
                f -> { f.noRisk(); f.adult(25); f.publicInterest = EnumSet.of(PublicInterest.PREVENTING_CRIME); f.notSought = NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION;
                    f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME; f.items("substance-misuse", "address"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A9-2G", "DPA18-S1-10")));
        // Layer 12: proportionality
        cases.add(c("an equally effective, less intrusive means exists", "003 'Public Interest': is there another equally effective means?",
                f -> { f.lessIntrusive = Answer.YES; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("less intrusive")));
        cases.add(c("sharing not proportionate to the risk", "002 §2.5: weigh what might happen if shared against if not",
                f -> { f.proportionate = Answer.NO; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("proportionate")));
        cases.add(c("unsure whether sharing is proportionate", "004 golden rule 4",
                f -> { f.proportionate = Answer.NOT_SURE; return f; }, SEEK_ADVICE, r -> assertThat(r.openQuestions()).contains(Question.PROPORTIONATE)));
        // Layer 13: lawful basis in layers
        cases.add(c("special category data without an Article 9 condition", "004 §2: identify an Art 6 basis AND an Art 9 condition",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.holder = CaseFacts.holder(COUNCIL);
                    f.purpose = SharingPurpose.EARLY_HELP; f.items("school-attendance", "ethnicity"); return f; }, SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("school-attendance"); assertThat(r.withheld().get(0).reason()).contains("Article 9"); }));
        cases.add(c("only special category data and no Article 9 condition", "004 §2; 002 §2.3",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.holder = CaseFacts.holder(COUNCIL);
                    f.purpose = SharingPurpose.EARLY_HELP; f.items("sexual-orientation"); return f; }, DO_NOT_SHARE, r -> assertThat(r.chain()).isEmpty()));
        cases.add(c("criminal offence data to protect a child", "002 §2.3: Art 10 with a Schedule 1 condition",
                f -> { f.items("domestic-abuse-incidents", "address"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("UKGDPR-A10", "DPA18-S1-18", "DPA18-S1-36")));
        cases.add(c("criminal offence data without a Schedule 1 condition", "002 §2.3 Art 10",
                f -> { f.noRisk(); f.confidential = false; f.notSought = NotSoughtReason.NOT_REASONABLE; f.purpose = SharingPurpose.EARLY_HELP;
                    f.holder = CaseFacts.holder(COUNCIL); f.items("criminal-convictions", "address"); return f; }, SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(CaseFacts.hasCategory(r.withheld(), DataCategory.CRIMINAL_OFFENCE)).isTrue(); }));
        cases.add(c("police sharing sensitive data for law enforcement to protect a child", "002 §2.3 Part 3: s35(5) strictly necessary + Sch 8 para 4",
                f -> { f.holder = CaseFacts.holder(POLICE); f.recipient = COUNCIL; f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME;
                    f.items("police-involvement", "mental-health"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("DPA18-S35-2", "DPA18-S35-5", "DPA18-S8-4").doesNotContain("UKGDPR-A6-1E")));
        cases.add(c("police sensitive processing with no Schedule 8 condition", "DPA 2018 s35 (002 §2.3)",
                f -> { f.noRisk(); f.adult(30); f.holder = CaseFacts.holder(POLICE); f.recipient = COUNCIL;
                    f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME; f.publicInterest = EnumSet.of(PublicInterest.DETECTING_CRIME);
                    f.notSought = NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION; f.items("police-involvement", "mental-health"); return f; }, SHARE,
                r -> assertThat(withheldCodes(r)).containsExactly("mental-health")));
        cases.add(c("a deceased person, confidential, no public interest", "002 §4.2: outside data protection law, inside the duty of confidence",
                f -> { f.deceased = true; f.age = 45; f.noRisk(); return f; }, DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.citation().contains("002 §4.2"))));
        cases.add(c("a deceased parent's history to protect a sibling", "002 §4.2 with 003 'Duty of Confidence'",
                f -> { f.deceased = true; f.age = 45; f.items("mental-health", "family-relationships"); return f; }, SHARE,
                r -> { assertThat(codes(r)).contains("CL-CONFIDENCE", "HRA1998-A8").doesNotContain("UKGDPR-A6-1E"); assertThat(r.conditions().informPerson()).isFalse(); }));
        // Layer 14: outside the UK
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
        // Layer 4 and layer 8: requests for information
        cases.add(c("s14B request for the partnership's functions, consent refused", "004 §7: the partnership can require a person or body to comply",
                f -> { f.noRisk(); f.refused(); f.request("CA2004-S14B", Answer.YES); f.purpose = SharingPurpose.PARTNERSHIP_REVIEW; return f; },
                SHARE, r -> { assertThat(codes(r)).contains("UKGDPR-A6-1C", "CA2004-S14B"); assertThat(r.consentOverridden()).isFalse(); }));
        cases.add(c("s14B request, unsure it is for the partnership's functions", "004 §7",
                f -> { f.request("CA2004-S14B", Answer.NOT_SURE); return f; }, SEEK_ADVICE,
                r -> assertThat(r.openQuestions()).contains(Question.PARTNERSHIP_FUNCTIONS)));
        cases.add(c("request citing s47 of the Children Act 1989", "004 §6: clarify whether acting under s17 or s47",
                f -> { f.noRisk(); f.request("CA1989-S47", Answer.NO); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("CA1989-S47")));
        // Layer 2: agreements
        cases.add(c("systematic sharing with no agreement", "000 §3, §4.2: systematic sharing runs under an agreement",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, DO_NOT_SHARE, r -> assertThat(r.summary()).contains("agreement")));
        cases.add(c("systematic sharing under a terminated agreement", "000 §4.2; 001 Q12",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, List.of(agreement(false, true, Map.of("address", Set.of(POLICE)))),
                DO_NOT_SHARE, r -> assertThat(r.path()).anyMatch(s -> s.explanation().contains("terminated"))));
        cases.add(c("systematic sharing under an agreement in force", "002 §1.6, §4.1: only the data specified in the DSA",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; }, List.of(agreement(true, true, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(COUNCIL)))),
                SHARE, r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(r.agreementId()).isNotNull();
                    assertThat(r.conditions().secureMethods()).containsExactly(TransferMethod.SECURE_FILE_TRANSFER); }));
        cases.add(c("routine sharing for early help under an agreement whose purpose codes are safeguarding only", "000 §4.2: the specific purposes of the sharing; 002 §2",
                f -> { f.mode = DecisionMode.SYSTEMATIC; f.purpose = SharingPurpose.EARLY_HELP; return f; },
                List.of(agreement(true, true, Map.of("address", Set.of(POLICE)))), DO_NOT_SHARE,
                r -> { assertThat(r.agreementId()).isNull(); assertThat(r.summary()).contains("agreement"); }));
        cases.add(c("an agreement's 'another purpose' covers no purpose of the vocabulary, whatever its wording says", "000 §4.2; 002 §2",
                f -> { f.mode = DecisionMode.SYSTEMATIC; return f; },
                List.of(agreement(true, true, Map.of("address", Set.of(POLICE)), Set.of(COUNCIL, POLICE, NHS), Map.of(), Set.of(SharingPurpose.OTHER))),
                DO_NOT_SHARE, r -> assertThat(r.agreementId()).isNull()));
        cases.add(c("case by case with no agreement", "001 Q13: the lack of an ISP must never be a reason for not sharing",
                f -> f, SHARE, r -> assertThat(r.path()).anyMatch(s -> s.citation().equals("001 Q13"))));
        cases.add(c("case by case with a terminated agreement", "001 Q13",
                f -> f, List.of(agreement(false, false, Map.of("address", Set.of(POLICE)))), SHARE, r -> assertThat(r.agreementId()).isNull()));
        cases.add(c("case by case under an agreement: minimised to its items", "002 §4.1; 000 §4.1 data minimisation",
                f -> { f.items("address", "safeguarding-concern", "school-attendance"); return f; },
                List.of(agreement(true, false, Map.of("address", Set.of(POLICE), "safeguarding-concern", Set.of(COUNCIL)))), SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(withheldCodes(r)).containsExactly("safeguarding-concern", "school-attendance"); }));
        // Layers 15 and 16: minimisation and how
        cases.add(c("an item judged unnecessary is withheld", "004 golden rule 6: rarely share an entire record",
                f -> { f.items.set(1, new DecisionFacts.RequestedItem("address", "Address", DataCategory.PERSONAL, null, false, false, false)); return f; }, SHARE,
                r -> assertThat(withheldCodes(r)).containsExactly("address")));
        cases.add(c("no items named", "003 golden rule 6",
                f -> { f.items = new ArrayList<>(); return f; }, DO_NOT_SHARE, r -> assertThat(r.shared()).isEmpty()));
        cases.add(c("urgent: telephone allowed, confirmed in writing", "004 §6: in urgent situations share verbally, then confirm in writing",
                f -> { f.urgency = Urgency.IMMEDIATE; return f; }, SHARE,
                r -> { assertThat(r.conditions().secureMethods()).contains(TransferMethod.TELEPHONE); assertThat(r.conditions().confirmInWriting()).isTrue(); }));
        cases.add(c("routine: a meeting or secure email, no telephone", "002 §4.4: information may be shared at meetings; the telephone only when urgent",
                f -> f, SHARE, r -> { assertThat(r.conditions().secureMethods()).doesNotContain(TransferMethod.TELEPHONE).contains(TransferMethod.MEETING, TransferMethod.ENCRYPTED_EMAIL);
                    assertThat(r.conditions().confirmInWriting()).isFalse(); }));
        cases.add(c("not telling the person, with the reason recorded", "002 §3.1: record reasons for sharing without making the individual aware",
                f -> f, SHARE, r -> { assertThat(r.conditions().informPerson()).isFalse(); assertThat(r.conditions().notInformReason()).contains("risk"); }));
        cases.add(c("not telling the person with no reason: tell them", "003 'How?': inform the individual unless that would create or increase risk",
                f -> { f.inform = new DecisionFacts.Inform(Answer.NO, null); return f; }, SHARE, r -> assertThat(r.conditions().informPerson()).isTrue()));
        cases.add(c("opinion and third parties: marked and protected", "003 'Accurate'; 004 golden rule 5",
                f -> { f.items.add(new DecisionFacts.RequestedItem("risk-assessment", "Risk", DataCategory.PERSONAL, null, true, true, true)); return f; }, SHARE,
                r -> { assertThat(r.conditions().distinguishFactFromOpinion()).isTrue(); assertThat(r.conditions().protectThirdParties()).isTrue(); }));
        // Layer 13: each Schedule 1 condition on its own requirements
        cases.add(c("para 10 is not met because consent was sought and refused: health data withheld", "002 §2.3 Sch 1 para 10: without consent so as not to prejudice",
                f -> { f.noRisk(); f.adult(30); f.purpose = SharingPurpose.PREVENTING_DETECTING_CRIME; f.refused(); f.overrideJustification = "He is dealing from the flat";
                    f.publicInterest = EnumSet.of(PublicInterest.PREVENTING_CRIME); f.items("address", "substance-misuse"); return f; }, SHARE,
                r -> { assertThat(codes(r)).doesNotContain("DPA18-S1-10", "UKGDPR-A9-2G"); assertThat(withheldCodes(r)).containsExactly("substance-misuse");
                    assertThat(r.withheld().get(0).reason()).contains("sought and refused"); }));
        cases.add(c("para 18 needs a para 18(2) reason: 'it would prejudice an investigation' is not one", "004 §2; DPA 2018 Sch 1 para 18(2)",
                f -> { f.notSought = NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION; f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).doesNotContain("DPA18-S1-18"); assertThat(withheldCodes(r)).containsExactly("physical-health");
                    assertThat(r.withheld().get(0).reason()).contains("para 18(2)"); }));
        cases.add(c("para 18 with its para 18(2)(c) reason cited in the chain", "004 §2: where to gain consent would place a child at risk",
                f -> { f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> assertThat(chainWhy(r, "DPA18-S1-18")).contains("para 18(2)(c)")));
        cases.add(c("a refusal overridden for a child at risk: para 18(2)(b), the consent cannot reasonably be obtained", "003 'Sharing information when consent has been refused'; DPA 2018 Sch 1 para 18(2)(b)",
                f -> { f.refused(); f.overrideJustification = "Injuries seen; the father refused"; f.items("safeguarding-concern", "physical-health"); return f; }, SHARE,
                r -> { assertThat(chainWhy(r, "DPA18-S1-18")).contains("para 18(2)(b)"); assertThat(sharedCodes(r)).contains("physical-health"); }));
        cases.add(c("vital interests for health data needs the person to be unable to consent", "002 §2.3; UK GDPR Art 9(2)(c)",
                f -> { f.noRisk(); f.adult(40); f.holder = CaseFacts.holder(CHARITY); f.vital = Answer.YES; f.notSought = NotSoughtReason.UNJUSTIFIED_DELAY;
                    f.items("address", "mental-health"); return f; }, SHARE,
                r -> { assertThat(codes(r)).doesNotContain("UKGDPR-A9-2C"); assertThat(withheldCodes(r)).containsExactly("mental-health"); }));
        cases.add(c("vital interests for health data when the person cannot consent", "002 §2.3; UK GDPR Art 9(2)(c)",
                f -> { f.noRisk(); f.adult(40); f.holder = CaseFacts.holder(CHARITY); f.vital = Answer.YES; f.notSought = NotSoughtReason.CANNOT_BE_GIVEN;
                    f.items("address", "mental-health"); return f; }, SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A9-2C", "UKGDPR-A6-1D")));
        cases.add(c("health or social care purposes: only when the recipient provides care", "002 §2.3: Sch 1 para 2(2)(e), the provision of social care",
                f -> { f.noRisk(); f.confidential = false; f.recipient = NHS; f.purpose = SharingPurpose.HEALTH_AND_CARE; f.items("address", "physical-health"); return f; },
                SHARE, r -> assertThat(codes(r)).contains("UKGDPR-A9-2H", "DPA18-S1-2")));
        // Layer 8: gateways belong to the bodies they empower
        cases.add(c("a charity cannot rely on the Children Act 2004 s11 duty", "003 'Children Act 2004': not a basis for charities or private providers",
                f -> { f.noRisk(); f.holder = CaseFacts.holder(CHARITY); f.gateways("CA2004-S11"); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, DO_NOT_SHARE,
                r -> { assertThat(r.path()).anyMatch(s -> s.question().contains("Children Act 2004 s11") && s.answer().equals("No")); assertThat(r.chain()).isEmpty(); }));
        cases.add(c("a health body cannot rely on the serious violence gateway", "004 §8.7: with the exception of health or social care authorities",
                f -> { f.noRisk(); f.holder = CaseFacts.holder(NHS); f.gateways("PCSCA2022-S16", "CA2004-S11"); return f; }, SHARE,
                r -> assertThat(codes(r)).contains("CA2004-S11").doesNotContain("PCSCA2022-S16")));
        cases.add(c("Human Rights Act Art 8 named as a power: a consideration, never a gateway", "003 'What is the Legal Framework'; 004 §8.4",
                f -> { f.noRisk(); f.gateways("HRA1998-A8", "MCA2005"); f.notSought = NotSoughtReason.NOT_REASONABLE; return f; }, DO_NOT_SHARE,
                r -> { assertThat(r.path()).anyMatch(s -> s.answer().equals("No: it is a consideration")); assertThat(r.chain()).isEmpty(); }));
        cases.add(c("a request to a charity citing s47: the charity cannot rely on it", "004 §6; 003 'Children Act 1989'",
                f -> { f.holder = CaseFacts.holder(CHARITY); f.request("CA1989-S47", Answer.NO); return f; }, SHARE,
                r -> assertThat(codes(r)).doesNotContain("CA1989-S47").contains("UKGDPR-A6-1F")));
        // Layer 11: confidence owed to another organisation
        cases.add(c("received in confidence from the NHS, consulted, they agree", "003 'Duty of Confidence': seek the views of the organisation that holds the duty",
                f -> { f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.AGREED, null); return f; }, SHARE,
                r -> { assertThat(r.consultation()).isEqualTo(Consultation.AGREED); assertThat(r.path()).anyMatch(s -> s.answer().equals("Yes: they agree")); }));
        cases.add(c("received in confidence, the originator objects: the DPO advises", "003 'Duty of Confidence': the originating partner is the final arbiter",
                f -> { f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.OBJECTED, null); return f; }, SEEK_ADVICE,
                r -> { assertThat(r.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER); assertThat(r.openQuestions()).contains(Question.ORIGINATOR_CONSULTATION); }));
        cases.add(c("received in confidence, not consulted, routine: consult first or ask a manager", "002 §2.7: seek the views of the organisation who hold the duty",
                f -> { f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.NOT_CONSULTED, null); return f; }, SEEK_ADVICE,
                r -> assertThat(r.adviser()).isEqualTo(Role.MANAGER)));
        cases.add(c("received in confidence, not consulted, immediate need: shared, and the record says so", "002 §2.7: if time permits; 003 'Sharing without consent'",
                f -> { f.urgency = Urgency.IMMEDIATE; f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.NOT_CONSULTED, null); return f; }, SHARE,
                r -> { assertThat(r.consultation()).isEqualTo(Consultation.NOT_CONSULTED); assertThat(r.conditions().notes()).anyMatch(n -> n.contains("in confidence")); }));
        cases.add(c("received in confidence, the adviser upholds the originator's objection", "003 'Duty of Confidence'",
                f -> { f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.OBJECTED, Answer.NO); return f; }, DO_NOT_SHARE,
                r -> assertThat(r.summary()).contains("in confidence")));
        cases.add(c("received in confidence, but with consent: the person's consent meets it", "004 §6: no breach of confidence where there is explicit consent",
                f -> { f.noRisk(); f.consentGiven(); f.confidenceOwed = new DecisionFacts.ConfidenceOwed(NHS, Consultation.NOT_CONSULTED, null); return f; }, SHARE,
                r -> assertThat(r.consultation()).isNull()));
        // Families: each member weighed separately
        cases.add(c("a parent's information: a child at risk reaches what protects the child, not everything", "004 §1; 003 'Who?': who do we need information about?",
                f -> { f.adult(35); f.childAtRisk = Answer.YES; f.theChildAtRisk = false;
                    f.items = new ArrayList<>(List.of(CaseFacts.item("address"), new DecisionFacts.RequestedItem("school-attendance", "School", DataCategory.PERSONAL, null, false, true, false, false)));
                    return f; }, SHARE,
                r -> { assertThat(sharedCodes(r)).containsExactly("address"); assertThat(r.withheld().get(0).reason()).contains("protects that child"); }));
        cases.add(c("a parent's own consent covers their information, whatever protects the child", "003 'Consent to share information': consent from all people whose information is shared",
                f -> { f.adult(35); f.theChildAtRisk = false; f.consentGiven();
                    f.items = new ArrayList<>(List.of(CaseFacts.item("address"), new DecisionFacts.RequestedItem("school-attendance", "School", DataCategory.PERSONAL, null, false, true, false, false)));
                    return f; }, SHARE, r -> assertThat(sharedCodes(r)).containsExactly("address", "school-attendance")));
        cases.add(c("the child at risk: everything necessary about them", "004 golden rule 1",
                f -> { f.theChildAtRisk = true; f.items = new ArrayList<>(List.of(new DecisionFacts.RequestedItem("address", "Address", DataCategory.PERSONAL, null, false, true, false, false))); return f; },
                SHARE, r -> assertThat(sharedCodes(r)).containsExactly("address")));
        return cases.stream();
    }

    private static ApplicableAgreement agreement(boolean inForce, boolean systematic, Map<String, Set<UUID>> items) {
        return agreement(inForce, systematic, items, Set.of(COUNCIL, POLICE, NHS), Map.of());
    }

    private static ApplicableAgreement agreement(boolean inForce, boolean systematic, Map<String, Set<UUID>> items, Set<UUID> parties,
                                                 Map<UUID, Boolean> consentBasis) {
        return agreement(inForce, systematic, items, parties, consentBasis, Set.of(SharingPurpose.SAFEGUARDING_CHILD));
    }

    private static ApplicableAgreement agreement(boolean inForce, boolean systematic, Map<String, Set<UUID>> items, Set<UUID> parties,
                                                 Map<UUID, Boolean> consentBasis, Set<SharingPurpose> purposes) {
        List<ApplicableAgreement.AgreementItem> list = new ArrayList<>();
        items.forEach((code, to) -> {
            StandardItems.Item item = StandardItems.byCode(code).orElseThrow();
            list.add(new ApplicableAgreement.AgreementItem(code, item.label(), item.category(), item.specialCategory(), to));
        });
        return new ApplicableAgreement(UUID.randomUUID(), "WSP-DSA-7", "Children's safeguarding", inForce, inForce ? "Active" : "Terminated",
                true, systematic, TODAY.minusYears(1), parties, purposes,
                ApplicableAgreement.itemsByCode(list), Set.of(TransferMethod.SECURE_FILE_TRANSFER), consentBasis);
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

    /**
     * 001 Q4: the practitioner's professional judgement. A practitioner who disagrees with the outcome sends the
     * decision to a manager or the DPO, who answers the questions of judgement their own way: the engine decides on
     * the judge's answers, and the engine's first outcome on the practitioner's answers is unchanged beside it.
     */
    @org.junit.jupiter.api.Test
    void aJudgeOnADisagreementDecidesOnTheirOwnAnswersAndTheFirstOutcomeStands() {
        DecisionFacts stated = CaseFacts.childAtRiskReferral().build();
        DecisionResult first = ENGINE.evaluate(stated, List.of());
        assertThat(first.outcome()).isEqualTo(SHARE);
        DecisionResult judged = ENGINE.evaluate(stated.resolvedBy(Map.of(Question.CHILD_AT_RISK, Answer.NO), null), List.of());
        assertThat(judged.outcome()).as("001 Q4: the judge's answer that no child is at risk decides").isEqualTo(DO_NOT_SHARE);
        assertThat(ENGINE.evaluate(stated, List.of()).outcome()).as("the practitioner's view is unchanged").isEqualTo(first.outcome());
        CaseFacts noRisk = CaseFacts.childAtRiskReferral();
        noRisk.noRisk();
        noRisk.notSought = NotSoughtReason.NOT_REASONABLE;
        DecisionFacts refused = noRisk.build();
        assertThat(ENGINE.evaluate(refused, List.of()).outcome()).isEqualTo(DO_NOT_SHARE);
        assertThat(ENGINE.evaluate(refused.resolvedBy(Map.of(Question.CHILD_AT_RISK, Answer.YES), null), List.of()).outcome())
                .as("001 Q4: a judge who finds a child at risk decides to share").isEqualTo(SHARE);
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

    static String chainWhy(DecisionResult result, String code) {
        return result.chain().stream().filter(link -> link.code().equals(code)).map(DecisionResult.ChainLink::why).findFirst().orElseThrow();
    }

    static List<String> sharedCodes(DecisionResult result) {
        return result.shared().stream().map(DecisionResult.ItemDecision::code).toList();
    }

    static List<String> withheldCodes(DecisionResult result) {
        return result.withheld().stream().map(DecisionResult.ItemDecision::code).toList();
    }
}
