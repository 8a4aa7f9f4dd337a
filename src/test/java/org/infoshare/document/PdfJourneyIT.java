package org.infoshare.document;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.PdfConformance;
import org.infoshare.support.PdfStructure;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person finds an agreement's PDF where they read the agreement, and what they download is what a screen
 * reader needs: a tagged PDF/UA-1 and PDF/A-2u document with its title, language, headings, lists, tables with
 * header cells, paragraphs in reading order and bookmarks for its sections. The partner's copy and the
 * published one (for anyone, signed in or not) are both followed from their pages.
 */
class PdfJourneyIT extends BrowserTest {

    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String SUPPORTING_FAMILIES = "Westshire Supporting Families Data Sharing Agreement";

    @Test
    void aPartnerDownloadsTheAgreementAsATaggedArchivalPdf() {
        signIn(page, COUNCIL_DPO);
        clickNavigation(page, "Agreements");
        assertAccessible(page);
        page.getByLabel("Status").selectOption("ACTIVE");
        clickButton(page, "Apply filter");
        assertAccessible(page);
        clickLink(page, SUPPORTING_FAMILIES);
        assertThat(page.locator("h1")).hasText(SUPPORTING_FAMILIES);
        assertThat(page.locator("main")).containsText("PDF/UA-1");
        assertAccessible(page);

        PdfStructure pdf = download(page, "PDF document");
        assertThat(pdf.title()).startsWith(SUPPORTING_FAMILIES + " – ");
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.elements()).contains("H1", "H2", "H3", "P", "L", "LI", "Table", "TH", "TD");
        assertThat(pdf.headerScopes()).isNotEmpty().allSatisfy(scope -> assertThat(scope).isIn("Column", "Row"));
        assertThat(pdf.readingOrder().indexOf("H1")).as("the title is read before the sections").isLessThan(pdf.readingOrder().indexOf("H2"));
        assertThat(pdf.bookmarks()).contains("1. Introduction to the agreement", " 1.1 Responsibilities and obligations of the parties",
                "5. Signatures", "Appendix A: Parties to this agreement");
        assertThat(pdf.bookmarks()).as("sections in the order of the document")
                .containsSubsequence("1. Introduction to the agreement", "2. Purpose and benefits", "3. Individuals", "4. Data", "5. Signatures");
    }

    @Test
    void anyoneDownloadsAPublishedAgreementAsATaggedArchivalPdf() {
        open(page, "/public/agreements");
        assertThat(page.locator("h1")).hasText("Published information sharing agreements");
        assertAccessible(page);
        clickLink(page, SUPPORTING_FAMILIES);
        assertThat(page.locator("main")).containsText("PDF/UA-1");
        assertAccessible(page);

        PdfStructure pdf = download(page, "Download as PDF");
        assertThat(pdf.title()).startsWith(SUPPORTING_FAMILIES + " – ");
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.bookmarks()).contains("5. Signatures", "Appendix A: Parties to this agreement");
    }

    /**
     * Follows the link as the page's own session (its cookies), as the browser does when the person chooses it,
     * and checks the file veraPDF-clean against both standards an agreement claims.
     */
    private static PdfStructure download(Page page, String linkText) {
        String href = link(page, linkText).getAttribute("href");
        APIResponse response = page.context().request().get(page.url().replaceFirst("^(https?://[^/]+).*$", "$1") + href);
        assertThat(response.status()).as("%s answers", linkText).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(response.headers().get("content-disposition")).matches("inline; filename=\".+\\.pdf\"");
        byte[] file = response.body();
        PdfConformance.assertConforms(file, PdfStandard.ARCHIVAL);
        return PdfStructure.of(file);
    }
}
