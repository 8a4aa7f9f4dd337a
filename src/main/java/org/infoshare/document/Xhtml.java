package org.infoshare.document;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A rendered template read as XHTML, checked for what PDF/UA cannot do without: a language on {@code <html>}
 * (the document's /Lang) and a {@code <title>} (its dc:title, shown instead of the file name). A template
 * without them is a mistake in the platform, so it fails loudly rather than producing an inaccessible PDF.
 * A document without a description is described by its title.
 */
final class Xhtml {

    private Xhtml() {
    }

    static Document parse(String html, String template) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new InputSource(new StringReader(html)));
            requireTitleAndLanguage(document, template);
            describe(document);
            return document;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The template " + template + " does not give well-formed XHTML, which a PDF needs: " + e.getMessage(), e);
        }
    }

    private static void requireTitleAndLanguage(Document document, String template) {
        Element root = document.getDocumentElement();
        if (root.getAttribute("lang").isBlank()) {
            throw new IllegalStateException("The template " + template + " names no language (<html lang>), which PDF/UA requires");
        }
        NodeList titles = document.getElementsByTagName("title");
        if (titles.getLength() == 0 || titles.item(0).getTextContent().isBlank()) {
            throw new IllegalStateException("The template " + template + " has no <title>, which PDF/UA requires");
        }
    }

    /**
     * Gives the document a description ({@code <meta name="subject">}, its dc:description) from its title when
     * the template gives none: openhtmltopdf's PDF/UA mode expects one, and a reader's document properties show it.
     */
    private static void describe(Document document) {
        NodeList metas = document.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("subject".equals(meta.getAttribute("name")) && !meta.getAttribute("content").isBlank()) {
                return;
            }
        }
        Element title = (Element) document.getElementsByTagName("title").item(0);
        Element subject = document.createElement("meta");
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", title.getTextContent().strip());
        title.getParentNode().insertBefore(subject, title.getNextSibling());
    }
}
