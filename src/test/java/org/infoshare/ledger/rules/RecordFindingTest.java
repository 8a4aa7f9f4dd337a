package org.infoshare.ledger.rules;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFindingTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void aRecordAsLastRecordedIsNotAFinding() {
        assertThat(RecordFinding.judge(A, A, true)).isEmpty();
    }

    @Test
    void aRecordWhoseContentDiffersWasChanged() {
        assertThat(RecordFinding.judge(B, A, true)).contains(RecordFinding.Kind.CHANGED);
    }

    @Test
    void aRecordTheLedgerNeverNamedWasAdded() {
        assertThat(RecordFinding.judge(A, null, false)).contains(RecordFinding.Kind.ADDED);
    }

    @Test
    void aRecordWhoseEntriesPredateDigestsIsNotJudged() {
        assertThat(RecordFinding.judge(A, null, true)).isEmpty();
    }

    @Test
    void aRecordDisposedOfThatIsStoredAgainWasAdded() {
        assertThat(RecordFinding.judge(A, RecordFinding.GONE, true)).contains(RecordFinding.Kind.ADDED);
    }

    @Test
    void aRecordGoneWithoutADisposalWasDeletedAndOneDisposedOfIsNot() {
        assertThat(RecordFinding.judge(null, A, true)).contains(RecordFinding.Kind.DELETED);
        assertThat(RecordFinding.judge(null, RecordFinding.GONE, true)).isEmpty();
        assertThat(RecordFinding.judge(null, null, true)).isEqualTo(Optional.empty());
    }

    @Test
    void theFindingIsNamedInWordsWithTheShortId() {
        assertThat(new RecordFinding(RecordFinding.Kind.CHANGED, "decision", "4d41c0de-0000-4000-8000-000000000000").explanation())
                .isEqualTo("decision 4d41c0de… changed after it was recorded");
    }
}
