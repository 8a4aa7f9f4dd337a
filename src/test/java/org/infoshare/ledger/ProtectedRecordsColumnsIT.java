package org.infoshare.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table a protected kind's digest covers is named in that digest (ADR 0063), so a column added
 * later, which the digest would silently leave out, fails here until the expression names it (a new version of the
 * expression, with its ADR). A table whose rows point at a protected record either is covered too or is named below
 * as a record of its own, so a new child table cannot be left out unnoticed either. Reads the migrated schema only.
 */
@IntegrationTest
class ProtectedRecordsColumnsIT {

    /**
     * Columns a digest leaves out on purpose, with the reason. There are none: a column that changed without an event on
     * its record would be a change the ledger does not bind, and is fixed by recording an event, not by listing it here.
     */
    static final Map<String, String> NOT_DIGESTED = Map.of();

    /**
     * Tables whose rows refer to a protected record but are records of their own (ADR 0063, "Which kinds"), with why
     * they are not part of its digest. A table of another protected kind (a decision's consent, a request's answering
     * decision, a rights request's notices) is bound by its own digest and need not be listed.
     */
    static final Map<String, String> RECORDS_OF_THEIR_OWN = Map.ofEntries(
            Map.entry("consent_reliance", "a decision's reliance on a consent: recorded with the decision, not a change to the consent"),
            Map.entry("consent_withdrawal_notice", "a notice owed to a recipient after a withdrawal; the withdrawal itself is in the consent's history"),
            Map.entry("delivery_notice", "a notice of a disclosure's delivery, sent and acknowledged after it"),
            Map.entry("person_informed", "the record of telling the person about a disclosure: a privacy-notice duty of its own"),
            Map.entry("potential_breach", "a potential breach raised about a disclosure: it leads to an incident, which is protected"),
            Map.entry("quality_report", "a recipient's report on a disclosure's quality; the notices it sends are protected"),
            Map.entry("access_bundle", "the bundle prepared to answer a subject access request; its approved digest is ledgered when released"),
            Map.entry("rectification", "a correction made under a rights request, recorded under its own subject type (rights.rectification.made)"));

    /** A child table in a digest: {@code from <table> <alias> where <alias>.<link> = <parent alias>.id}. */
    private static final Pattern CHILD = Pattern.compile("from (\\w+) (\\w+) where \\2\\.(\\w+) = (\\w+)\\.id");

    @Autowired JdbcTemplate jdbc;

    record Covered(String table, String alias, String link) {
    }

    /** The tables a kind's digest reads: its own, aliased {@code r}, and each child table with the column linking it. */
    static List<Covered> covered(ProtectedRecords.Kind kind) {
        List<Covered> tables = new ArrayList<>();
        tables.add(new Covered(kind.table(), "r", null));
        Matcher child = CHILD.matcher(kind.digest());
        while (child.find()) {
            tables.add(new Covered(child.group(1), child.group(2), child.group(3)));
        }
        return tables;
    }

    @Test
    void everyProtectedKindsDigestNamesEveryColumnOfEveryTableItCovers() {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (ProtectedRecords.Kind kind : ProtectedRecords.all()) {
            for (Covered table : covered(kind)) {
                List<String> columns = columns(table.table());
                assertThat(columns).as("the table %s that the digest of %s reads", table.table(), kind.type()).isNotEmpty();
                for (String column : columns) {
                    boolean named = Pattern.compile("\\b" + Pattern.quote(table.alias() + "." + column) + "\\b").matcher(kind.digest()).find();
                    if (!named && !column.equals(table.link()) && !NOT_DIGESTED.containsKey(table.table() + "." + column)) {
                        missing.computeIfAbsent(kind.type(), k -> new ArrayList<>()).add(table.table() + "." + column);
                    }
                }
            }
        }
        assertThat(missing).as("the columns each protected kind's digest leaves out").isEmpty();
    }

    @Test
    void everyKindCoversTheChildTablesItsDigestNames() {
        assertThat(covered(ProtectedRecords.of(ProtectedRecords.CONSENT).orElseThrow())).extracting(Covered::table)
                .containsExactlyInAnyOrder("consent_record", "consent_event", "consent_event_notes");
        assertThat(covered(ProtectedRecords.of(ProtectedRecords.AGREEMENT).orElseThrow())).extracting(Covered::table)
                .containsExactly("agreement", "agreement_version", "agreement_party", "agreement_signature", "agreement_review", "agreement_dpia");
        assertThat(covered(ProtectedRecords.of(ProtectedRecords.INCIDENT).orElseThrow())).extracting(Covered::table)
                .containsExactly("incident", "incident_party", "incident_note", "incident_referral");
    }

    @Test
    void everyTablePointingAtAProtectedRecordIsCoveredOrARecordOfItsOwn() {
        Map<String, List<String>> uncovered = new LinkedHashMap<>();
        for (ProtectedRecords.Kind kind : ProtectedRecords.all()) {
            List<Covered> tables = covered(kind);
            for (Covered table : tables) {
                for (String referring : referring(table.table())) {
                    boolean inDigest = tables.stream().anyMatch(t -> t.table().equals(referring));
                    boolean protectedItself = ProtectedRecords.all().stream().anyMatch(k -> k.table().equals(referring));
                    if (!inDigest && !protectedItself && !RECORDS_OF_THEIR_OWN.containsKey(referring)) {
                        uncovered.computeIfAbsent(kind.type(), k -> new ArrayList<>()).add(referring + " -> " + table.table());
                    }
                }
            }
        }
        assertThat(uncovered).as("tables that point at a protected record, neither in its digest nor a record of their own").isEmpty();
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? "
                + "order by ordinal_position", String.class, table);
    }

    /**
     * The tables with a foreign key to this one, or whose reference to it is checked per statement by a
     * {@code reference_exists} trigger naming it (itself excluded).
     */
    private List<String> referring(String table) {
        return jdbc.queryForList("""
                select c.conrelid::regclass::text from pg_constraint c
                where c.contype = 'f' and c.confrelid = ?::regclass and c.conrelid <> c.confrelid
                union
                select t.tgrelid::regclass::text from pg_trigger t
                where t.tgfoid = 'reference_exists'::regproc and t.tgrelid <> ?::regclass
                  and (string_to_array(encode(t.tgargs, 'escape'), '\\000'))[2] = ?
                order by 1""", String.class, table, table, table);
    }
}
