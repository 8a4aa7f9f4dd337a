package org.infoshare.agreement.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.AgreementDocument.RelatedAgreement;
import org.infoshare.agreement.AgreementFixtures;
import org.infoshare.agreement.DataSubjectType;
import org.infoshare.agreement.SharingMode;
import org.infoshare.agreement.TransferMethod;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Agreement as code: export → import → export is exact, for YAML and JSON, over randomly generated agreements. */
class AgreementCodecTest {

    private static final Map<UUID, String> NAMES = Map.of(
            AgreementFixtures.COUNCIL, "Westshire County Council",
            AgreementFixtures.POLICE, "Westshire Police",
            AgreementFixtures.NHS, "Westshire Community Health NHS Trust",
            AgreementFixtures.PROBATION, "Probation Service – Westshire",
            AgreementFixtures.CHARITY, "Family Lifeline");
    private static final List<UUID> ORGANISATIONS = List.copyOf(NAMES.keySet()).stream().sorted().toList();

    private final AgreementCodec codec = new AgreementCodec(id -> Optional.ofNullable(NAMES.get(id)),
            name -> NAMES.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey).findFirst());

    @TestFactory
    Stream<DynamicTest> roundTripsExactly() {
        long seed = Long.getLong("roundTrip.seed", System.nanoTime());
        Random random = new Random(seed);
        List<DynamicTest> tests = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            AgreementDocument document = randomDocument(random);
            FileFormat format = n % 2 == 0 ? FileFormat.YAML : FileFormat.JSON;
            String reference = "ISA-" + (2000 + random.nextInt(100)) + "-" + random.nextInt(10000);
            int catalogueVersion = 1 + random.nextInt(9);
            tests.add(DynamicTest.dynamicTest("seed " + seed + " #" + n + " " + format + " (replay with -DroundTrip.seed=" + seed + ")", () -> {
                String exported = codec.export(reference, catalogueVersion, document, format);
                AgreementCodec.Parsed parsed = codec.parse(exported, format);
                assertThat(parsed.document()).isEqualTo(document);
                assertThat(parsed.reference()).isEqualTo(reference);
                assertThat(parsed.catalogueVersion()).isEqualTo(catalogueVersion);
                assertThat(codec.export(parsed.reference(), parsed.catalogueVersion(), parsed.document(), format)).isEqualTo(exported);
            }));
        }
        return tests.stream();
    }

    @Test
    void theSupportingFamiliesAgreementReadsLikeADocumentAndNamesItsParties() {
        String yaml = codec.export("ISA-2026-0001", 2, AgreementFixtures.supportingFamilies(), FileFormat.YAML);
        assertThat(yaml).startsWith("format: infoshare-agreement/2\nreference: ISA-2026-0001\ncatalogueVersion: 2\nagreement:\n");
        assertThat(yaml).contains("organisation: Westshire Police", "- UKGDPR-A9-2G", "code: crime-quarter")
                .doesNotContain(AgreementFixtures.POLICE.toString());
        assertThat(codec.parse(yaml, FileFormat.YAML).document()).isEqualTo(AgreementFixtures.supportingFamilies());
    }

    @Test
    void aFormatOneFileKeepsItsPurposesWordsAsAnotherPurposeAndGuessesNoCode() {
        String yaml = """
                format: infoshare-agreement/1
                agreement:
                  title: An older file
                  purposes:
                  - Safeguarding children and preventing crime.
                  - code: EARLY_HELP
                    wording: Already a code
                """;
        AgreementDocument document = codec.parse(yaml, FileFormat.YAML).document();
        assertThat(document.purposes()).containsExactly(
                new AgreementDocument.Purpose(SharingPurpose.OTHER, "Safeguarding children and preventing crime."),
                new AgreementDocument.Purpose(SharingPurpose.EARLY_HELP, "Already a code"));
        assertThat(document.firstReviewMonths()).isNull();
        assertThatThrownBy(() -> codec.parse(yaml.replace("infoshare-agreement/1", "infoshare-agreement/2"), FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("agreement.purposes[0]"));
    }

    @Test
    void unencryptedEmailIsRefusedPlainly() {
        String yaml = codec.export("ISA-1", 1, AgreementFixtures.supportingFamilies(), FileFormat.YAML)
                .replace("- ENCRYPTED_EMAIL", "- UNENCRYPTED_EMAIL");
        assertThatThrownBy(() -> codec.parse(yaml, FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                            .containsExactly(tuple("agreement.transferMethods[1]", "unencrypted-email"));
                    assertThat(e.violations().get(0).message()).contains("Unencrypted email must never be used");
                });
    }

    @Test
    void errorsNameTheirPathInTheFile() {
        String yaml = codec.export("ISA-1", 1, AgreementFixtures.supportingFamilies(), FileFormat.YAML)
                .replace("organisation: Westshire Police", "organisation: Eastshire Police")
                .replace("category: SPECIAL_CATEGORY", "category: SECRET");
        assertThatThrownBy(() -> codec.parse(yaml, FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("agreement.parties[1].organisation", "unknown-organisation")));
        String badCategory = codec.export("ISA-1", 1, AgreementFixtures.supportingFamilies(), FileFormat.YAML)
                .replace("category: SPECIAL_CATEGORY", "category: SECRET");
        assertThatThrownBy(() -> codec.parse(badCategory, FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                            .containsExactly(tuple("agreement.dataItems[5].category", "format"));
                    assertThat(e.violations().get(0).message()).contains("PERSONAL, SPECIAL_CATEGORY, CRIMINAL_OFFENCE");
                });
        String unknown = codec.export("ISA-1", 1, AgreementFixtures.supportingFamilies(), FileFormat.JSON)
                .replace("\"summary\"", "\"colour\" : \"red\",\n    \"summary\"");
        assertThatThrownBy(() -> codec.parse(unknown, FileFormat.JSON))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("agreement.colour", "unknown-field")));
        assertThatThrownBy(() -> codec.parse("format: [unclosed", FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("syntax"));
        assertThatThrownBy(() -> codec.parse("format: something-else\nagreement: {}\n", FileFormat.YAML))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("format"));
    }

    // --- generation ---------------------------------------------------------------------------------

    private static final String[] WORDS = {"safeguarding", "child", "the", "police", "and", "of", "data", "shared", "£5", "–",
            "Art 9(2)(g)", "yes", "no", "null", "~", "true", "007", "1.5", "#hash", "key: value", "'quoted'", "\"double\"",
            "- dash", "{braces}", "[list]", "&anchor", "*alias", "!tag", "%", "@", "`tick`", "é", "ü", "ß", "“smart”", "|", ">"};
    private static final List<LegalProvision> PROVISIONS = BuiltInProvisions.all();

    static AgreementDocument randomDocument(Random r) {
        List<UUID> parties = pick(r, ORGANISATIONS, 1 + r.nextInt(ORGANISATIONS.size()));
        List<Party> partyList = new ArrayList<>();
        for (UUID party : parties) {
            partyList.add(new Party(party, r.nextInt(5) == 0 ? null : ControllerRole.values()[r.nextInt(3)], texts(r, 3), r.nextBoolean(),
                    r.nextInt(3) == 0 ? null : r.nextBoolean()));
        }
        List<DataItem> items = new ArrayList<>();
        for (int i = 0; i < r.nextInt(6); i++) {
            DataCategory category = r.nextInt(6) == 0 ? null : DataCategory.values()[r.nextInt(3)];
            SpecialCategory kind = category == DataCategory.SPECIAL_CATEGORY ? SpecialCategory.values()[r.nextInt(9)] : null;
            items.add(new DataItem("item-" + i, text(r), maybe(r), category, kind, pick(r, parties, r.nextInt(parties.size() + 1))));
        }
        List<RelatedAgreement> related = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            related.add(new RelatedAgreement(text(r), maybe(r)));
        }
        return new AgreementDocument(maybe(r), maybe(r), r.nextInt(4) == 0 ? null : SharingMode.values()[r.nextInt(3)],
                purposes(r), texts(r, 3), partyList,
                new LawfulBasis(codes(r, ProvisionKind.ARTICLE_6), codes(r, ProvisionKind.ARTICLE_9), codes(r, ProvisionKind.SCHEDULE_1),
                        codes(r, ProvisionKind.ARTICLE_10), codes(r, ProvisionKind.SCHEDULE_1), codes(r, ProvisionKind.PART_3_SENSITIVE),
                        codes(r, ProvisionKind.SCHEDULE_8), codes(r, ProvisionKind.STATUTORY_GATEWAY), codes(r, ProvisionKind.COMMON_LAW)),
                maybe(r), maybe(r), pick(r, List.of(DataSubjectType.values()), r.nextInt(4)), maybe(r), items, maybe(r), maybe(r),
                pick(r, List.of(TransferMethod.values()), r.nextInt(4)), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r),
                maybe(r), r.nextInt(5) == 0 ? null : r.nextInt(30), r.nextInt(5) == 0 ? null : r.nextInt(30), maybe(r),
                r.nextInt(5) == 0 ? null : 1 + r.nextInt(60), r.nextInt(5) == 0 ? null : 1 + r.nextInt(60), maybe(r),
                maybe(r), maybe(r), related);
    }

    private static List<AgreementDocument.Purpose> purposes(Random r) {
        List<AgreementDocument.Purpose> purposes = new ArrayList<>();
        for (SharingPurpose code : pick(r, List.of(SharingPurpose.values()), r.nextInt(4))) {
            purposes.add(new AgreementDocument.Purpose(code, maybe(r)));
        }
        return purposes;
    }

    private static List<String> codes(Random r, ProvisionKind kind) {
        List<String> all = PROVISIONS.stream().filter(p -> p.kind() == kind).map(LegalProvision::code).toList();
        return pick(r, all, r.nextInt(Math.min(4, all.size() + 1)));
    }

    private static <T> List<T> pick(Random r, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(r.nextInt(pool.size())));
        }
        return picked;
    }

    private static List<String> texts(Random r, int max) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < r.nextInt(max + 1); i++) {
            texts.add(text(r));
        }
        return texts;
    }

    private static String maybe(Random r) {
        return r.nextInt(5) == 0 ? null : text(r);
    }

    private static String text(Random r) {
        StringBuilder text = new StringBuilder();
        int words = 1 + r.nextInt(25);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(r.nextInt(12) == 0 ? "\n" : r.nextInt(15) == 0 ? "\n\n" : " ");
            }
            text.append(WORDS[r.nextInt(WORDS.length)]);
        }
        if (r.nextInt(10) == 0) {
            text.append('\n');
        }
        if (r.nextInt(15) == 0) {
            text.insert(0, "  ");
        }
        if (r.nextInt(15) == 0) {
            text.append("  ");
        }
        return text.toString();
    }
}
