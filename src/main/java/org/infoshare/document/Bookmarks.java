package org.infoshare.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Bookmarks (the PDF outline) for a document's sections, made from its headings so that every kind of document
 * has them without its template listing them: one bookmark for each {@code h2} with its {@code h3}s nested
 * inside, or one for each {@code h1} as well when a document has several parts. A template that lists its own
 * bookmarks ({@code <bookmarks>} in its head) keeps them.
 */
final class Bookmarks {

    private static final int DEEPEST = 3;

    private Bookmarks() {
    }

    /** Adds the outline to the document's head; headings without an id are given one to point at. */
    static void addTo(Document html) {
        Element head = head(html);
        if (head.getElementsByTagName("bookmarks").getLength() > 0) {
            return;
        }
        List<Element> headings = headings(html);
        int top = headings.stream().filter(h -> level(h) == 1).count() > 1 ? 1 : 2;
        Set<String> ids = ids(html);
        Element outline = html.createElement("bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        int n = 0;
        for (Element heading : headings) {
            int level = level(heading);
            if (level < top) {
                continue;
            }
            String text = heading.getTextContent().replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (heading.getAttribute("id").isEmpty()) {
                String id;
                do {
                    id = "section-" + ++n;
                } while (ids.contains(id));
                ids.add(id);
                heading.setAttribute("id", id);
            }
            Element bookmark = html.createElement("bookmark");
            bookmark.setAttribute("name", text);
            bookmark.setAttribute("href", "#" + heading.getAttribute("id"));
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            (open.isEmpty() ? outline : open.peek()).appendChild(bookmark);
            open.push(bookmark);
            levels.push(level);
        }
        if (outline.hasChildNodes()) {
            head.appendChild(outline);
        }
    }

    private static Element head(Document html) {
        NodeList heads = html.getElementsByTagName("head");
        if (heads.getLength() > 0) {
            return (Element) heads.item(0);
        }
        Element head = html.createElement("head");
        Element root = html.getDocumentElement();
        root.insertBefore(head, root.getFirstChild());
        return head;
    }

    private static List<Element> headings(Document html) {
        List<Element> headings = new ArrayList<>();
        NodeList all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (level(element) > 0) {
                headings.add(element);
            }
        }
        return headings;
    }

    private static Set<String> ids(Document html) {
        Set<String> ids = new HashSet<>();
        NodeList all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** 1 to 3 for {@code h1}–{@code h3}; 0 for anything else (deeper headings are not bookmarked). */
    private static int level(Element element) {
        String name = element.getTagName();
        if (name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'H')) {
            int level = name.charAt(1) - '0';
            return level >= 1 && level <= DEEPEST ? level : 0;
        }
        return 0;
    }
}
