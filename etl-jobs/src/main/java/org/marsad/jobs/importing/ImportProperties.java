package org.marsad.jobs.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the import job ({@code marsad.import.*}).
 *
 * @param chunkSize   files read and written per transaction (default 50)
 * @param maxFileSize files larger than this are quarantined unread (default 20MB)
 */
@ConfigurationProperties("marsad.import")
public record ImportProperties(@DefaultValue("50") int chunkSize, @DefaultValue("20MB") DataSize maxFileSize) {

    public ImportProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("marsad.import.chunk-size must be at least 1: " + chunkSize);
        }
    }
}
