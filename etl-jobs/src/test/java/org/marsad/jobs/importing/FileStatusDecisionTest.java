package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileStatusDecisionTest {

    @Test
    void aNewTextIsLoadedWhateverThePathHeldBefore() {
        assertThat(FileStatusDecision.of(true, false, "old", "new")).isEqualTo(FileStatus.LOADED);
        assertThat(FileStatusDecision.of(true, false, null, "new")).isEqualTo(FileStatus.LOADED);
    }

    @Test
    void aPathsOwnArticleGivenTheNewTextIsReplaced() {
        assertThat(FileStatusDecision.of(false, true, "old", "new")).isEqualTo(FileStatus.REPLACED);
    }

    @Test
    void theTextThePathHeldBeforeIsUnchanged() {
        assertThat(FileStatusDecision.of(false, false, "same", "same")).isEqualTo(FileStatus.UNCHANGED);
    }

    @Test
    void aTextAnotherFileBroughtIsADuplicate() {
        assertThat(FileStatusDecision.of(false, false, null, "known")).isEqualTo(FileStatus.DUPLICATE);
        assertThat(FileStatusDecision.of(false, false, "other", "known")).isEqualTo(FileStatus.DUPLICATE);
    }
}
