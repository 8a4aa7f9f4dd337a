package org.infoshare.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.document.PdfStandard;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * veraPDF, the reference validator for PDF/UA and PDF/A, as an assertion: a PDF conforms to a standard when
 * veraPDF's profile for it finds no failed rule. A failure names each broken rule (specification, clause, test),
 * what it requires, how often it failed and where first, so that a template can be mended from the message.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** The veraPDF profiles that stand for a standard the platform claims. */
    public static List<PDFAFlavour> flavours(PdfStandard standard) {
        return switch (standard) {
            case ACCESSIBLE -> List.of(PDFAFlavour.PDFUA_1);
            case ARCHIVAL -> List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);
        };
    }

    public static void assertConforms(byte[] pdf, PdfStandard standard) {
        for (PDFAFlavour flavour : flavours(standard)) {
            assertThat(failures(pdf, flavour)).as("rules of %s that the PDF fails", flavour.getId()).isEmpty();
        }
    }

    /** Every rule of the flavour's profile the PDF fails, in words; empty when it conforms. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<TestAssertion>> failed = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(assertion.getRuleId(), id -> new ArrayList<>()).add(assertion);
                }
            }
            List<String> failures = new ArrayList<>();
            failed.forEach((rule, assertions) -> failures.add("%s %s-%d (%d times, first at %s): %s".formatted(
                    rule.getSpecification().getId(), rule.getClause(), rule.getTestNumber(), assertions.size(),
                    assertions.get(0).getLocation().getContext(), assertions.get(0).getMessage())));
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("veraPDF found the PDF not compliant with " + flavour.getId() + " without naming a rule");
            }
            return failures;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF against " + flavour.getId(), e);
        }
    }
}
