package org.infoshare.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.shared.ListFilter;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.InvalidRequestException;

/**
 * A list page's filter and page number, read from the query string (a GET form, so a filtered page can be bookmarked
 * and its pagination links keep the filter). The same fields for every list; each page shows those that mean
 * something for it (ADR 0017).
 */
public class ListFilterForm {

    /** Rows on one page of a list in the browser. */
    public static final int PAGE_SIZE = 25;

    /** What the list is asked for, once read. */
    public record Query(ListFilter filter, PageRequest page) {
    }

    private String person = "";
    private String status = "";
    private String urgency = "";
    private String organisation = "";
    private DateInput from = new DateInput();
    private DateInput to = new DateInput();
    private String page = "";

    /** The filter and page; every field that cannot be read is recorded, and then nothing is listed. */
    public Query toQuery(FormParsing parsing) {
        LocalDate fromDate = parsing.date(from, "from", "the date from");
        LocalDate toDate = parsing.date(to, "to", "the date to");
        UUID organisationId = null;
        if (!organisation.isBlank()) {
            try {
                organisationId = UUID.fromString(organisation.strip());
            } catch (IllegalArgumentException e) {
                parsing.invalid("organisation", "one-of", "Choose an organisation from the list");
            }
        }
        Integer number = parsing.number(page, "page", "Page must be a whole number");
        try {
            return new Query(new ListFilter(person, status, urgency, organisationId, fromDate, toDate),
                    PageRequest.of(number, PAGE_SIZE));
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> parsing.invalid(v.field(), v.rule(), v.message()));
            return new Query(ListFilter.NONE, PageRequest.first());
        }
    }

    /** The other organisations of the partnership to choose from, in name order: every organisation but the caller's. */
    public static List<Option> otherOrganisations(Map<UUID, String> organisations, UUID own) {
        return organisations.entrySet().stream().filter(e -> !e.getKey().equals(own))
                .map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
    }

    /** Whether anything narrows the list, so that the page offers to clear the filter. */
    public boolean narrowed() {
        return !person.isBlank() || !status.isBlank() || !urgency.isBlank() || !organisation.isBlank() || !from.isEmpty() || !to.isEmpty();
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person == null ? "" : person; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status == null ? "" : status; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency == null ? "" : urgency; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation == null ? "" : organisation; }
    public DateInput getFrom() { return from; }
    public void setFrom(DateInput from) { this.from = from == null ? new DateInput() : from; }
    public DateInput getTo() { return to; }
    public void setTo(DateInput to) { this.to = to == null ? new DateInput() : to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page == null ? "" : page; }
}
