package org.infoshare.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRecordTest {

    private static final UUID NHS = UUID.randomUUID();
    private static final UUID POLICE = UUID.randomUUID();

    @Test
    void partialConsentCoversOnlyTheNamedRecipientsAndPurposes() {
        ConsentRecord record = new ConsentRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ConsentStatus.GIVEN,
                GivenBy.PARENTAL_RESPONSIBILITY, "A Parent", null, true, ConsentMedium.WRITTEN, Instant.parse("2026-11-01T10:00:00Z"), null,
                Set.of(SharingPurpose.EARLY_HELP), Set.of(NHS), LocalDate.of(2026, 11, 1), null, null, Instant.now(), UUID.randomUUID(),
                ConsentRecord.NOT_CHECKED);
        assertThat(record.covers(SharingPurpose.EARLY_HELP, NHS)).isTrue();
        assertThat(record.covers(SharingPurpose.EARLY_HELP, POLICE)).isFalse();
        assertThat(record.covers(SharingPurpose.SAFEGUARDING_CHILD, NHS)).isFalse();
    }
}
