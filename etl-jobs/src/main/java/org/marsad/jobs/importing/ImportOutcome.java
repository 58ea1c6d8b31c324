package org.marsad.jobs.importing;

import java.util.List;

import org.marsad.core.ExtractedRecord;

/**
 * What the extract step made of one file: its records, each an article or the reason it has none. A
 * file that is one article has one record without an entry name.
 *
 * @param file    the registered file
 * @param records at least one
 */
record ImportOutcome(RegisteredFile file, List<ExtractedRecord> records) {

    ImportOutcome {
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an outcome has at least one record");
        }
    }

    static ImportOutcome quarantined(RegisteredFile file, String reason) {
        return new ImportOutcome(file, List.of(new ExtractedRecord(null, null, reason)));
    }

    /** Whether the file holds several articles, each recorded as a row of its own. */
    boolean isContainer() {
        return records.size() > 1 || records.get(0).entry() != null;
    }
}
