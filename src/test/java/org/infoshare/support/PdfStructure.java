package org.infoshare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * What a screen reader finds in a PDF: its title and language, its structure tree in reading order (the
 * element types, e.g. {@code H1}, {@code P}, {@code L}, {@code Table}, {@code TH}), the scope of each header
 * cell, and its bookmarks. veraPDF proves conformance; this says what the structure holds.
 */
public record PdfStructure(String title, String language, List<String> elements, List<String> headerScopes, List<String> bookmarks) {

    public static PdfStructure of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> elements = new ArrayList<>();
            List<String> scopes = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root, elements, scopes);
            }
            return new PdfStructure(document.getDocumentInformation().getTitle(), document.getDocumentCatalog().getLanguage(),
                    elements, scopes, outline(document.getDocumentCatalog().getDocumentOutline(), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The structure element types in reading order, without repeats in a row (a list's items read as one {@code LI}). */
    public List<String> readingOrder() {
        List<String> order = new ArrayList<>();
        for (String element : elements) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(element)) {
                order.add(element);
            }
        }
        return order;
    }

    private static void walk(PDStructureNode node, List<String> elements, List<String> scopes) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element.getStandardStructureType());
                if ("TH".equals(element.getStandardStructureType())) {
                    scopes.add(scope(element));
                }
                walk(element, elements, scopes);
            }
        }
    }

    private static String scope(PDStructureElement header) {
        var attributes = header.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject table && table.getScope() != null) {
                return table.getScope();
            }
        }
        return "none";
    }

    /** Bookmark titles, each level indented by a space more. */
    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> titles = new ArrayList<>();
        if (node == null) {
            return titles;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            titles.addAll(outline(item, indent + " "));
        }
        return titles;
    }
}
