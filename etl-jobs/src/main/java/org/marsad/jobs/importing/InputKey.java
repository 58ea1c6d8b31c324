package org.marsad.jobs.importing;

import java.nio.file.Path;

/**
 * The key of an input folder in {@code fact_file.input_key}: the rows of the files a run over that folder
 * registered carry it, so that operations (requeue) can find a file named by its absolute path.
 */
public final class InputKey {

    private InputKey() {
    }

    public static long of(Path input) {
        return FileRegistrationTasklet.pathKey(input.toAbsolutePath().normalize().toString());
    }
}
