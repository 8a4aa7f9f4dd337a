package org.infoshare.readlog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** "Who has read this record" reads every recorded read of it, not the newest few hundred (ADR 0017), and only of it. */
@IntegrationTest
class AllReadsOfRecordIT {

    @Autowired JdbcClient jdbc;
    @Autowired DemoPartnership demo;
    @Autowired ReadLog reads;

    @Test
    void everyReadOfTheRecordIsReturnedNewestFirstPastTheListLimitAndNoReadOfAnotherRecord() {
        UUID record = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID council = demo.organisation("Westshire County Council").id();
        UUID reader = demo.userId(DemoPartnership.COUNCIL_PRACTITIONER);
        // 1,201 reads of one decision, three to each moment, so that batches also break between reads made at the same
        // time, all within the last second so that no window already sealed changes (ADR 0080); then reads of another
        // record, and of a consent record that happens to share the id.
        seed(1201, "DECISION", record, person, council, reader);
        seed(10, "DECISION", UUID.randomUUID(), person, council, reader);
        seed(10, "CONSENT", record, person, council, reader);
        long oldest = jdbc.sql("select id from record_read where record_kind = 'DECISION' and record_id = :record order by read_at, id limit 1")
                .param("record", record).query(Long.class).single();

        List<RecordRead> all = reads.allOfRecord(RecordKind.DECISION, record);

        assertThat(all).hasSize(1201).allSatisfy(r -> {
            assertThat(r.recordId()).isEqualTo(record);
            assertThat(r.kind()).isEqualTo(RecordKind.DECISION);
        });
        Set<Long> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.id()));
        assertThat(ids).hasSize(1201).contains(oldest);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).readAt()).isBeforeOrEqualTo(all.get(i - 1).readAt());
        }
        assertThat(reads.allOfRecord(RecordKind.CONSENT, record)).hasSize(10);
        assertThat(reads.allOfRecord(RecordKind.DECISION, UUID.randomUUID())).isEmpty();
    }

    private void seed(int count, String kind, UUID record, UUID person, UUID council, UUID reader) {
        jdbc.sql("""
                        insert into record_read (read_at, reader_id, reader_organisation, record_kind, record_id, subject_id, owner_organisation, how)
                        select now() - (n / 3) * interval '1 millisecond', :reader, :council, :kind, :record, :person, :council, 'VIEWED'
                        from generate_series(0, :last) n""")
                .param("reader", reader).param("council", council).param("kind", kind).param("record", record).param("person", person)
                .param("last", count - 1).update();
    }
}
