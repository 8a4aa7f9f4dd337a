package org.infoshare.retention;

import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.csv.CsvWriter;

/**
 * One processing activity in the record of processing activities (UK GDPR Art 30; 002 §4.9): the sharing one agreement
 * covers, as the agreement states it, with what was actually shared under it and the retention rules that apply.
 *
 * @param sources     the organisations that provide the information (the agreement's parties)
 * @param recipients  the organisations the agreement lets receive it
 * @param actuallySent per organisation your organisation actually sent disclosures to under it, how many
 * @param retention   the retention rules in force that apply (structured), then the agreement's own wording
 */
public record RopaEntry(UUID agreementId, String reference, String title, String status, List<String> purposes, List<String> lawfulBases,
                        List<String> categoriesOfPeople, List<String> categoriesOfData, List<String> sources, List<String> recipients,
                        List<String> actuallySent, List<String> retention, List<String> securityMeasures, String transfersOutsideUk) {

    public RopaEntry {
        purposes = List.copyOf(purposes);
        lawfulBases = List.copyOf(lawfulBases);
        categoriesOfPeople = List.copyOf(categoriesOfPeople);
        categoriesOfData = List.copyOf(categoriesOfData);
        sources = List.copyOf(sources);
        recipients = List.copyOf(recipients);
        actuallySent = List.copyOf(actuallySent);
        retention = List.copyOf(retention);
        securityMeasures = List.copyOf(securityMeasures);
    }

    static final List<String> CSV_HEADER = List.of("Agreement", "Title", "Status", "Purposes", "Lawful bases", "Categories of people",
            "Categories of data", "Sources", "Recipients", "Actually sent", "Retention", "Security measures", "Transfers outside the UK");

    /** The entries as CSV, a header row first. */
    static String csv(List<RopaEntry> entries) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(CSV_HEADER);
        entries.forEach(e -> csv.row(e.csvRow()));
        csv.flush();
        return out.toString();
    }

    List<String> csvRow() {
        return List.of(reference, title, status, join(purposes), join(lawfulBases), join(categoriesOfPeople), join(categoriesOfData),
                join(sources), join(recipients), join(actuallySent), join(retention), join(securityMeasures), transfersOutsideUk);
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }
}
