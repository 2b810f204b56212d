package org.fleetledger.query.progress;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelProgressTest {

    @Test
    void doesNotCoverAnEventStillMissingBelowTheIndex() {
        // events 8 and 10 were not yet committed when 11 was processed
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(11, List.of(8L, 10L));
        assertThat(ReadModelProgress.covers(token, 10)).isFalse();
        assertThat(ReadModelProgress.covers(token, 8)).isFalse();
        assertThat(ReadModelProgress.covers(token, 11)).isTrue();
        assertThat(ReadModelProgress.covers(token, 9)).isTrue();
        assertThat(ReadModelProgress.covers(token, 12)).isFalse();
    }

    @Test
    void coversEverythingUpToASequenceTokensPosition() {
        assertThat(ReadModelProgress.covers(new GlobalSequenceTrackingToken(5), 5)).isTrue();
        assertThat(ReadModelProgress.covers(new GlobalSequenceTrackingToken(5), 6)).isFalse();
    }

    @Test
    void coversNothingBeforeAProcessorHasATokenButTheEmptyLog() {
        assertThat(ReadModelProgress.covers(null, 1)).isFalse();
        assertThat(ReadModelProgress.covers(null, 0)).isTrue();
    }

    @Test
    void settlesBelowTheFirstEventStillMissing() {
        assertThat(ReadModelProgress.settled(GapAwareTrackingToken.newInstance(11, List.of(8L, 10L)))).isEqualTo(7);
        assertThat(ReadModelProgress.settled(GapAwareTrackingToken.newInstance(11, List.of()))).isEqualTo(11);
        assertThat(ReadModelProgress.settled(new GlobalSequenceTrackingToken(5))).isEqualTo(5);
        assertThat(ReadModelProgress.settled(null)).isZero();
    }
}
