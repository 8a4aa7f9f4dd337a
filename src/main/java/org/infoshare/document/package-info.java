/**
 * Documents the platform hands out as PDF, all through one renderer so that every kind inherits the same
 * standards: a Thymeleaf template and its model become a tagged PDF/UA-1 document (ISO 14289-1) with its
 * title, language, reading order, bookmarks for its sections and embedded fonts, and, for records that must
 * last, PDF/A-2u too (ISO 19005-2). Other modules call {@link org.infoshare.document.PdfRenderer} (ADR 0011).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.infoshare.document;
