package org.marsad.jobs.importing;

/**
 * A file the listing step registered and the extract step reads.
 *
 * @param fileId    key of its {@code fact_file} row
 * @param path      path relative to the input folder, with {@code /} separators
 * @param sizeBytes size when listed
 */
record RegisteredFile(long fileId, String path, long sizeBytes) {
}
