package org.infoshare.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.AgreementDocument.RelatedAgreement;
import org.infoshare.agreement.Dpia.Likelihood;
import org.infoshare.agreement.Dpia.Risk;
import org.infoshare.agreement.Dpia.RiskLevel;
import org.infoshare.agreement.Dpia.Severity;
import org.infoshare.database.DemoDataPolicy;
import org.infoshare.directory.ControllerRole;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.Ledger;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.legal.LegalCommands;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.validation.CommandValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.infoshare.legal.BuiltInProvisions.*;

/**
 * The demo partnership's agreements, drafted, screened, assessed and signed through the same service as
 * everyone else's (so they obey every rule), with the clock set back so that they have a history:
 * <ol>
 *   <li>the Westshire Supporting Families Data Sharing Agreement, modelled on the pan-London DSA (seed 002):
 *       council and police, active since nearly six months ago, its first review near, published;</li>
 *   <li>the Westshire Family Safeguarding Information Sharing Agreement, modelled on the Hertfordshire guide
 *       (seed 003): five partners, submitted, signed by all but Family Lifeline.</li>
 * </ol>
 * It also adds one provision to the legal catalogue (Care Act 2014 s1, which 002 Appendix C relies on), to
 * show the catalogue growing.
 */
@Component
@Order(200)
class DemoAgreements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
    static final String SUPPORTING_FAMILIES = "Westshire Supporting Families Data Sharing Agreement";
    static final String FAMILY_SAFEGUARDING = "Westshire Family Safeguarding Information Sharing Agreement";
    static final String CARE_ACT_S1 = "CARE2014-S1";
    /** The Supporting Families agreement took effect this many days short of six months ago. */
    static final int DAYS_BEFORE_FIRST_REVIEW = 12;

    private final DemoDataPolicy policy;
    private final AgreementStore store;
    private final LegalCatalogue catalogue;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final AgreementFiles files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAgreements(DemoDataPolicy policy, AgreementStore store, LegalCatalogue catalogue, DirectoryLookup directory,
                   CommandValidator validator, Ledger ledger, AgreementFiles files, TransactionTemplate transaction, Clock clock) {
        this.files = files;
        this.policy = policy;
        this.store = store;
        this.catalogue = catalogue;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || !store.allIds().isEmpty() || directory.organisations().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo agreements: '{}' (active) and '{}' (awaiting a signature)", SUPPORTING_FAMILIES, FAMILY_SAFEGUARDING);
    }

    private void load() {
        UUID council = organisation(DemoDirectory.COUNCIL);
        UUID police = organisation(DemoDirectory.POLICE);
        UUID nhs = organisation(DemoDirectory.NHS);
        UUID probation = organisation(DemoDirectory.PROBATION);
        UUID charity = organisation(DemoDirectory.CHARITY);
        LocalDate today = UkCalendar.today(clock);

        // Supporting Families: drafted about seven months ago, in force since six months less a few days.
        LocalDate effective = today.minusMonths(6).plusDays(DAYS_BEFORE_FIRST_REVIEW);
        Agreements early = at(effective.minusWeeks(4));
        Actor councilDpo = person(council, Role.DATA_PROTECTION_OFFICER);
        if (catalogue.current().provision(CARE_ACT_S1).isEmpty()) {
            catalogue.add(councilDpo, new LegalCommands.AddProvision(CARE_ACT_S1, ProvisionKind.STATUTORY_GATEWAY,
                    "Care Act 2014 s1", "Promoting individual well-being",
                    "A local authority's general duty to promote an individual's well-being, and to integrate care and support with health provision.",
                    java.util.Set.of(org.infoshare.directory.OrganisationType.LOCAL_AUTHORITY)));
        }
        Agreement families = early.create(councilDpo, new AgreementCommands.CreateAgreement(SUPPORTING_FAMILIES));
        early.saveDraft(councilDpo, families.id(), new AgreementCommands.SaveDraft(supportingFamilies(council, police), 0));
        early.screen(councilDpo, families.id(), new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false));
        early.assess(councilDpo, families.id(), new AgreementCommands.AssessDpia(supportingFamiliesDpia()));
        early.signOffDpia(councilDpo, families.id());
        early.submit(councilDpo, families.id());
        at(effective.minusDays(3)).sign(councilDpo, families.id(), 1);
        Agreements onEffectiveDay = at(effective);
        onEffectiveDay.sign(person(police, Role.DATA_PROTECTION_OFFICER), families.id(), 1);
        onEffectiveDay.publish(councilDpo, families.id());

        // Family Safeguarding: drafted a month ago, signed over the last fortnight by all but Family Lifeline.
        Agreements recent = at(today.minusMonths(1));
        Actor nhsDpo = person(nhs, Role.DATA_PROTECTION_OFFICER);
        Agreement safeguarding = recent.create(councilDpo, new AgreementCommands.CreateAgreement(FAMILY_SAFEGUARDING));
        recent.saveDraft(councilDpo, safeguarding.id(), new AgreementCommands.SaveDraft(
                familySafeguarding(council, police, nhs, probation, charity), 0));
        recent.screen(councilDpo, safeguarding.id(), new Dpia.ScreeningAnswers(true, false, false, false, false, false, false, false, true));
        recent.assess(councilDpo, safeguarding.id(), new AgreementCommands.AssessDpia(familySafeguardingDpia()));
        recent.signOffDpia(nhsDpo, safeguarding.id());
        recent.submit(councilDpo, safeguarding.id());
        at(today.minusDays(14)).sign(councilDpo, safeguarding.id(), 1);
        at(today.minusDays(10)).sign(person(police, Role.DATA_PROTECTION_OFFICER), safeguarding.id(), 1);
        at(today.minusDays(7)).sign(person(nhs, Role.CALDICOTT_GUARDIAN), safeguarding.id(), 1);
        at(today.minusDays(3)).sign(person(probation, Role.DATA_PROTECTION_OFFICER), safeguarding.id(), 1);
    }

    /** The service as it ran on an earlier day (the ledger still records when each entry was written). */
    private Agreements at(LocalDate day) {
        Clock then = Clock.fixed(day.atTime(10, 0).atZone(UkCalendar.ZONE).toInstant(), ZoneOffset.UTC);
        Duration back = Duration.between(then.instant(), clock.instant());
        return new Agreements(store, catalogue, directory, validator, ledger, files, Clock.offset(clock, back.negated()));
    }

    private UUID organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo directory has no " + name));
    }

    private Actor person(UUID organisation, Role role) {
        Organisation org = directory.organisation(organisation).orElseThrow();
        DirectoryLookup.Person person = directory.people(organisation).stream()
                .filter(p -> p.active() && p.roles().contains(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException(org.name() + " has no " + role.label()));
        return new Actor(person.id(), organisation, org.name(), person.displayName(), Actor.Kind.PERSON, person.roles(),
                person.teamIds(), true);
    }

    static AgreementDocument supportingFamilies(UUID council, UUID police) {
        List<UUID> both = List.of(council, police);
        return new AgreementDocument(
                SUPPORTING_FAMILIES,
                "This Data Sharing Agreement documents how Westshire County Council and Westshire Police share data about families "
                        + "eligible for support under the Supporting Families programme, as stipulated in the approved outcomes plan. "
                        + "By signing it, each party accepts its conditions according to its statutory and professional responsibilities "
                        + "and agrees to follow the procedures it describes. Parties cannot amend it alone: any change is a new version "
                        + "that every party signs again.",
                SharingMode.BOTH,
                List.of("Identify families eligible for support under the Supporting Families programme, as set out in the approved outcomes plan.",
                        "Assess the needs and risks of eligible families so that support plans can be put in place.",
                        "Prevent and detect crime affecting eligible families, including anti-social behaviour and domestic abuse.",
                        "Report on the programme's outcomes, using anonymised or pseudonymised data wherever possible."),
                List.of("Removes barriers to effective information sharing and clearly identifies each party's responsibilities.",
                        "Facilitates proactive support for eligible families and improves their long-term outcomes.",
                        "Helps prevent and detect crime.",
                        "Enables performance, quality assurance, learning and impact analysis."),
                List.of(new Party(council, ControllerRole.CONTROLLER, List.of(
                                "Facilitates the Supporting Families scheme.",
                                "Co-ordinates, gathers and processes information about families known to the council, with information from partners, to identify vulnerabilities within the framework.",
                                "Creates partnerships so that families receive the support they require.",
                                "Puts support plans in place to help reduce concerns."), false),
                        new Party(police, ControllerRole.CONTROLLER, List.of(
                                "Co-ordinates, gathers, processes, risk-assesses and shares police information relevant to public protection, missing children, child exploitation, child protection, domestic abuse and gang-related concerns.",
                                "Supports assessments of risk and vulnerability."), true)),
                new LawfulBasis(
                        List.of(ART6_E_PUBLIC_TASK.code()),
                        List.of(ART9_G_SUBSTANTIAL_PUBLIC_INTEREST.code()),
                        List.of(SCH1_6_STATUTORY_PURPOSES.code(), SCH1_10_UNLAWFUL_ACTS.code(), SCH1_18_SAFEGUARDING.code()),
                        List.of(ART10_CRIMINAL_OFFENCE.code()),
                        List.of(SCH1_2_HEALTH_SOCIAL_CARE.code(), SCH1_6_STATUTORY_PURPOSES.code(), SCH1_10_UNLAWFUL_ACTS.code()),
                        List.of(S35_5_STRICTLY_NECESSARY.code()),
                        List.of(SCH8_1_STATUTORY.code(), SCH8_2_JUSTICE.code(), SCH8_3_VITAL_INTERESTS.code(), SCH8_4_SAFEGUARDING.code()),
                        List.of(DEA2017_P5.code(), CA1989_S47.code(), CA2004_S10.code(), CA2004_S11.code(), CJA2003.code(),
                                PACE1984.code(), CSWA2017.code(), CDA1998_S115.code(), CARE_ACT_S1, PCA2009.code()),
                        List.of(COMMON_LAW_CONFIDENCE.code(), COMMON_LAW_POLICING.code(), HRA1998_A8.code())),
                "The parties work with families and aim for agreement with them, but consent (Art 6(1)(a), Art 9(2)(a)) is not the lawful "
                        + "basis for sharing under this agreement. A party that does rely on consent for some processing manages that consent itself.",
                "Before sharing, staff weigh what might happen if the information is shared against what might happen if it is not, "
                        + "share only what is necessary for the purpose, and apply their professional judgement.",
                List.of(DataSubjectType.CHILD, DataSubjectType.PARENT_OR_CARER, DataSubjectType.FAMILY_MEMBER, DataSubjectType.VICTIM,
                        DataSubjectType.PERPETRATOR, DataSubjectType.PROFESSIONAL),
                "Information about deceased persons is outside data protection law but is shared with due regard to the common law duty "
                        + "of confidence and the Human Rights Act 1998.",
                List.of(new DataItem("name-and-contact-details", "Name and contact details", null, org.infoshare.legal.DataCategory.PERSONAL, null, both),
                        new DataItem("date-of-birth", "Age or date of birth", null, org.infoshare.legal.DataCategory.PERSONAL, null, both),
                        new DataItem("crime-involvement", "Whether involved in or convicted of a crime", null,
                                org.infoshare.legal.DataCategory.CRIMINAL_OFFENCE, null, List.of(council)),
                        new DataItem("crime-quarter", "The quarter in which the involvement or conviction took place", null,
                                org.infoshare.legal.DataCategory.CRIMINAL_OFFENCE, null, List.of(council)),
                        new DataItem("victim-or-perpetrator", "Whether the person is a victim or a perpetrator", null,
                                org.infoshare.legal.DataCategory.CRIMINAL_OFFENCE, null, List.of(council)),
                        new DataItem("racial-or-ethnic-origin", "Racial or ethnic origin",
                                "Only in the very small minority of cases where the child needs support over it.",
                                org.infoshare.legal.DataCategory.SPECIAL_CATEGORY, org.infoshare.legal.SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN, both),
                        new DataItem("sexual-orientation", "Sexual orientation",
                                "Only in the very small minority of cases where the child needs support over it.",
                                org.infoshare.legal.DataCategory.SPECIAL_CATEGORY, org.infoshare.legal.SpecialCategory.SEXUAL_ORIENTATION, both)),
                "Named staff of the council's Supporting Families team and of the police Public Protection Desk, each with a need to know "
                        + "for a family that is eligible for support; information is shared case by case, and only what is relevant.",
                "Each party is responsible for the accuracy and relevance of the data it processes and shares and has processes for managing "
                        + "data quality. A party that learns data is inaccurate tells the parties it was shared with.",
                List.of(TransferMethod.INFOSHARE_PLATFORM, TransferMethod.ENCRYPTED_EMAIL, TransferMethod.TLS_EMAIL,
                        TransferMethod.SECURE_GROUP_EMAIL, TransferMethod.SECURE_FILE_TRANSFER),
                "Information is stored in secure, access-controlled and audited systems; portable devices are encrypted; access is limited to "
                        + "those who need it and revoked promptly when no longer needed. Unencrypted email is never used. Paper is kept to a minimum "
                        + "and kept secure. Parties work towards ISO 27001 or an equivalent standard.",
                "Information is processed in the UK. Any processing outside the UK needs appropriate safeguards (such as standard contractual "
                        + "clauses) with enforceable rights and effective remedies for data subjects.",
                "Information is kept no longer than necessary for the purpose for which it was obtained, as each party's retention schedule and "
                        + "record of processing activities set out, and disposed of securely.",
                "Each party tells data subjects through its privacy notice that information is shared under this agreement, unless telling "
                        + "them would place someone at risk or prejudice a police or safeguarding investigation; the reason is then recorded.",
                "Each party handles requests to exercise data subjects' rights (access, rectification, erasure, restriction, portability, "
                        + "objection, automated decision-making) within the statutory deadline, and passes successful erasure, rectification, "
                        + "restriction or objection requests on to the other parties. Complaints follow the policy of the party concerned.",
                "Each party has a procedure for reporting and handling breaches, assesses the risk to data subjects and decides on notifying "
                        + "the ICO within 72 hours (UK GDPR Arts 33 and 34; DPA 2018 ss67-68). Parties affected are told and the incident is coordinated.",
                "Requests are handled under each party's FOI process; the party holding the information decides. A partner asked for help "
                        + "answers within two working days and exchanges any data within seven. The parties publish this agreement.",
                2, 7,
                "A review takes place six months after the agreement takes effect and yearly after that, to check that the purposes are still "
                        + "relevant, the scope has not slipped, the benefits are being realised and the security procedures work.",
                "On termination no new sharing takes place under the agreement; each party may keep the information it holds as data controller.",
                "Each party has a lawful basis for its processing, ensures data quality, stores and shares information securely, has policies "
                        + "for rights, breaches and retention, ensures staff are trained and vetted (BPSS, DBS or security vetting), and binds any "
                        + "processor by a written agreement.",
                "Misuse or unauthorised disclosure by staff is dealt with under each party's disciplinary procedures and may lead to criminal "
                        + "proceedings. A party that does not comply may be suspended from sharing until the parties' DPOs agree remedial action.",
                List.of(new RelatedAgreement("Anti-social behaviour", "Sharing about anti-social behaviour and related enforcement."),
                        new RelatedAgreement("Adult safeguarding", "Preventing and dealing with abuse against adults, including financial abuse and cuckooing."),
                        new RelatedAgreement("MAPPA", "Multi-agency public protection arrangements for the most serious offenders."),
                        new RelatedAgreement("Prevent and Channel", "Reducing the risk of radicalisation of young people."),
                        new RelatedAgreement("County lines", "Exploitation of young people to move and sell drugs."),
                        new RelatedAgreement("MASH", "Children's safeguarding, well-being and exploitation (MACE) sharing."),
                        new RelatedAgreement("MARAC", "Domestic abuse risk assessment conferences and violence against women and girls."),
                        new RelatedAgreement("Youth offending", "Preventing offending and re-offending by children.")));
    }

    static Dpia.Assessment supportingFamiliesDpia() {
        return new Dpia.Assessment(
                "Families with multiple complex problems are identified early and offered joined-up support, preventing crisis services and "
                        + "long-term poor outcomes; society benefits from less crime and better-targeted public services.",
                List.of(new Risk("Families feel stigmatised or distressed if they learn that police information was used to identify them.",
                                Likelihood.POSSIBLE, Severity.SIGNIFICANT),
                        new Risk("Information shared beyond those with a need to know erodes privacy.", Likelihood.REMOTE, Severity.SIGNIFICANT)),
                List.of(new Risk("Reputational damage and regulatory action if information is shared inappropriately.", Likelihood.REMOTE, Severity.SEVERE)),
                "Without sharing, families at risk are not identified, support comes late and harm to children may go unprevented; serious case "
                        + "reviews repeatedly find poor information sharing.",
                "Field-level minimisation (the quarter, not the date, of an offence); need-to-know access; the platform's encryption and audit; "
                        + "privacy notices; yearly review.",
                RiskLevel.LOW,
                "The sharing is necessary and proportionate for the programme; the residual risk is acceptable. Review the DPIA with the agreement.");
    }

    static AgreementDocument familySafeguarding(UUID council, UUID police, UUID nhs, UUID probation, UUID charity) {
        List<UUID> all = List.of(council, police, nhs, probation, charity);
        return new AgreementDocument(
                FAMILY_SAFEGUARDING,
                "This agreement sets out how the partners of the Westshire Family Safeguarding Service share information about children, "
                        + "their parents and carers. Family Safeguarding teams bring practitioners from every partner together so that "
                        + "decisions rest on the full picture, not on information viewed in silos.",
                SharingMode.BOTH,
                List.of("Safeguarding and promoting the welfare of children and of vulnerable adults who are part of their family.",
                        "Preventing and detecting crime related to the safeguarding of those children and adults.",
                        "Giving Family Safeguarding teams the full picture so that interventions are timely, necessary and proportionate."),
                List.of("Identifies children who are subject to, or likely to be subject to, significant harm.",
                        "Helps vulnerable individuals receive the right services at the right time."),
                List.of(new Party(council, ControllerRole.CONTROLLER, List.of("Leads the Family Safeguarding teams and children's social care assessments."), false),
                        new Party(police, ControllerRole.CONTROLLER, List.of("Shares domestic abuse, offending and public protection information relevant to the family."), true),
                        new Party(nhs, ControllerRole.CONTROLLER, List.of("Shares health information about children and adults where it is relevant to a safeguarding concern."), false),
                        new Party(probation, ControllerRole.CONTROLLER, List.of("Shares offender management and risk information about parents and carers."), true),
                        new Party(charity, ControllerRole.CONTROLLER, List.of("Provides family support and substance misuse recovery workers to the teams."), false)),
                new LawfulBasis(
                        List.of(ART6_E_PUBLIC_TASK.code(), ART6_C_LEGAL_OBLIGATION.code(), ART6_D_VITAL_INTERESTS.code()),
                        List.of(ART9_G_SUBSTANTIAL_PUBLIC_INTEREST.code(), ART9_H_HEALTH_SOCIAL_CARE.code()),
                        List.of(SCH1_2_HEALTH_SOCIAL_CARE.code(), SCH1_18_SAFEGUARDING.code()),
                        List.of(ART10_CRIMINAL_OFFENCE.code()),
                        List.of(SCH1_10_UNLAWFUL_ACTS.code(), SCH1_18_SAFEGUARDING.code()),
                        List.of(S35_5_STRICTLY_NECESSARY.code()),
                        List.of(SCH8_1_STATUTORY.code(), SCH8_4_SAFEGUARDING.code()),
                        List.of(CA2004_S10.code(), CA2004_S11.code(), CA1989_S17.code(), CA1989_S47.code(), CDA1998_S115.code(),
                                HSCA2012_S251B.code(), CTSA2015_S26.code()),
                        List.of(COMMON_LAW_CONFIDENCE.code(), HRA1998_A8.code(), MCA2005.code())),
                "Consent is sought wherever it is safe and appropriate, and recorded (written, or verbal with the date, time and what it covers). "
                        + "Where it is not sought or is refused, the partner records why and considers another lawful basis; safeguarding may "
                        + "justify sharing without consent.",
                "Every share is weighed for proportionality: is it necessary, is there an equally effective and less intrusive means, what is "
                        + "the vulnerability of those at risk and the impact of disclosure on the individual?",
                List.of(DataSubjectType.CHILD, DataSubjectType.PARENT_OR_CARER, DataSubjectType.FAMILY_MEMBER, DataSubjectType.ADULT_AT_RISK,
                        DataSubjectType.VICTIM, DataSubjectType.PERPETRATOR, DataSubjectType.OFFENDER),
                "Information about deceased persons is shared only with regard to the duty of confidence, for example in a child safeguarding practice review.",
                List.of(new DataItem("child-identity", "Child's name, date of birth and address", null, org.infoshare.legal.DataCategory.PERSONAL, null, all),
                        new DataItem("parent-carer-identity", "Parents' and carers' names, dates of birth and addresses", null,
                                org.infoshare.legal.DataCategory.PERSONAL, null, all),
                        new DataItem("child-protection-status", "Child protection or child in need plan status", null,
                                org.infoshare.legal.DataCategory.PERSONAL, null, all),
                        new DataItem("child-health", "Child's physical and mental health relevant to the concern", null,
                                org.infoshare.legal.DataCategory.SPECIAL_CATEGORY, org.infoshare.legal.SpecialCategory.HEALTH, List.of(council, nhs)),
                        new DataItem("parent-mental-health-substance-misuse", "Parents' mental health and substance misuse", null,
                                org.infoshare.legal.DataCategory.SPECIAL_CATEGORY, org.infoshare.legal.SpecialCategory.HEALTH, List.of(council, nhs, charity)),
                        new DataItem("domestic-abuse-incidents", "Domestic abuse incidents involving the household", null,
                                org.infoshare.legal.DataCategory.CRIMINAL_OFFENCE, null, List.of(council, police, nhs, probation)),
                        new DataItem("offending-history-risk", "Offending history and risk assessments of parents and carers", null,
                                org.infoshare.legal.DataCategory.CRIMINAL_OFFENCE, null, List.of(council, police, probation))),
                "Members of the Family Safeguarding teams and the partners' safeguarding leads with a need to know, once a referral is received; "
                        + "which systems are scrutinised is decided case by case.",
                "Each partner's quality control procedures apply; information distinguishes fact from opinion, and historical information is marked as such.",
                List.of(TransferMethod.INFOSHARE_PLATFORM, TransferMethod.ENCRYPTED_EMAIL, TransferMethod.SECURE_FILE_TRANSFER),
                "Partners are responsible for the physical, technical and organisational security of their own systems and staff. Personal data "
                        + "is transferred only by secure email, secure file transfer or this platform.",
                "No information is passed outside the UK unless a specific safeguarding need requires it and the originating partner decides so; "
                        + "externally hosted systems keep data in the UK or an adequate country.",
                "Each partner keeps shared information in line with its retention policy and destroys it securely at the end of the period.",
                "Each partner's privacy notice explains the Family Safeguarding Service; individuals are told about a share unless that would create or increase risk of harm.",
                "Each partner responds to subject access requests addressed to it and helps the data subject approach other partners; objections "
                        + "and corrections follow each partner's privacy notice, and the originating partner is told of corrections.",
                "Partners report breaches under their own procedures, assess the risk to individuals, decide on notifying the ICO within 72 hours and tell affected partners.",
                "Requests are handled by the partner that holds the information; partners help each other within two working days and exchange data within seven.",
                2, 7,
                "The agreement is reviewed six months after it takes effect and annually after that by the partners' Data Protection Officers.",
                "On termination no new sharing takes place; each partner keeps what it holds as controller under its own retention policy.",
                "Partners apply the seven golden rules, record every decision to share or not with the reasons, and seek advice when in doubt.",
                "Unjustified disclosure is a disciplinary matter for the partner concerned and may expose the partner to a claim for damages.",
                List.of(new RelatedAgreement("MASH", "Multi-agency safeguarding hub referrals are covered by their own agreement.")));
    }

    static Dpia.Assessment familySafeguardingDpia() {
        return new Dpia.Assessment(
                "Children at risk of significant harm are identified sooner and families receive coordinated support from every partner.",
                List.of(new Risk("Health and offending information about parents is seen by more practitioners than necessary.", Likelihood.POSSIBLE, Severity.SIGNIFICANT),
                        new Risk("A person who could be harmed is identified to an abuser through careless sharing.", Likelihood.REMOTE, Severity.SEVERE)),
                List.of(new Risk("Loss of trust in health services if patients' information is shared without justification.", Likelihood.POSSIBLE, Severity.SIGNIFICANT)),
                "Serious case reviews repeatedly find that poor information sharing contributed to the death or serious injury of a child.",
                "Item-level recipients, need-to-know access in the teams, protection of third parties' identities, recorded decisions and audit.",
                RiskLevel.MEDIUM,
                "Proceed: the benefits to children outweigh the residual risk, which the partners' DPOs will monitor at each review.");
    }
}
