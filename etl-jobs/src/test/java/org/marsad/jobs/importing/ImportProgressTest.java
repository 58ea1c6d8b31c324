package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.core.ExtractedRecord;

/** Progress counts each file as it is extracted, with the records inside it, so an archive of thousands shows them. */
class ImportProgressTest {

    @Test
    void aFileOfManyRecordsCountsItsRecordsAsSoonAsItIsExtracted() {
        ImportProgress progress = new ImportProgress(null, Duration.ofHours(1), null);
        List<ExtractedRecord> records = List.of(new ExtractedRecord("a.json#1", null, "x"), new ExtractedRecord("a.json#2", null, "x"),
                new ExtractedRecord("a.json#3", null, "x"));

        progress.processListener().afterProcess(new RegisteredFile(1, "feeds/a.jsonl", 10), new ImportOutcome(new RegisteredFile(1,
                "feeds/a.jsonl", 10), records));
        progress.processListener().afterProcess(new RegisteredFile(2, "b.txt", 10), ImportOutcome.quarantined(new RegisteredFile(2,
                "b.txt", 10), "too little text"));

        assertThat(progress.line(System.nanoTime(), false)).startsWith("2 files, ").contains(", 4 records (");
    }

    @Test
    void filesOfOneArticleEachShowNoRecordCount() {
        ImportProgress progress = new ImportProgress(null, Duration.ofHours(1), null);
        progress.processListener().afterProcess(new RegisteredFile(1, "a.txt", 10), ImportOutcome.quarantined(new RegisteredFile(1,
                "a.txt", 10), "too little text"));

        assertThat(progress.line(System.nanoTime(), false)).startsWith("1 files, ").doesNotContain("records");
    }
}
