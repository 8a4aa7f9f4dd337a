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

/** A subject access bundle reads every recorded read of the person, not the newest few hundred (ADR 0017). */
@IntegrationTest
class AllReadsOfSubjectIT {

    @Autowired JdbcClient jdbc;
    @Autowired DemoPartnership demo;
    @Autowired ReadLog reads;

    @Test
    void everyReadOfThePersonIsReturnedNewestFirstPastTheListLimit() {
        UUID person = UUID.randomUUID();
        UUID council = demo.organisation("Westshire County Council").id();
        UUID reader = demo.userId(DemoPartnership.COUNCIL_PRACTITIONER);
        // 1,201 reads, three to each moment, so that batches also break between reads made at the same time.
        jdbc.sql("""
                        insert into record_read (read_at, reader_id, reader_organisation, record_kind, record_id, subject_id, owner_organisation, how)
                        select now() - (n / 3) * interval '1 second', :reader, :council, 'DECISION', gen_random_uuid(), :person, :council, 'VIEWED'
                        from generate_series(0, 1200) n""")
                .param("reader", reader).param("council", council).param("person", person).update();

        List<RecordRead> all = reads.allOfSubject(person);

        assertThat(all).hasSize(1201);
        Set<Long> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.id()));
        assertThat(ids).hasSize(1201);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).readAt()).isBeforeOrEqualTo(all.get(i - 1).readAt());
        }
    }
}
