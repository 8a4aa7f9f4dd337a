package org.infoshare.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharingPurposeTest {

    @Test
    void agreementWordingIsReadByEveryPurposeItMentions() {
        assertThat(SharingPurpose.mentionedIn("Safeguarding and promoting the welfare of children and of vulnerable adults who are part of their family."))
                .contains(SharingPurpose.SAFEGUARDING_CHILD, SharingPurpose.SAFEGUARDING_ADULT);
        assertThat(SharingPurpose.mentionedIn("Identify families eligible for support under the Supporting Families programme"))
                .containsExactly(SharingPurpose.EARLY_HELP);
        assertThat(SharingPurpose.named("SAFEGUARDING_CHILD")).contains(SharingPurpose.SAFEGUARDING_CHILD);
        assertThat(SharingPurpose.named("early-help")).contains(SharingPurpose.EARLY_HELP);
        assertThat(SharingPurpose.mentionedIn("Gardening club newsletter")).isEmpty();
        assertThat(SharingPurpose.mentionedIn(null)).isEmpty();
    }
}
