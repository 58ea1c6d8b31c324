package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The README's settings reference is the configuration metadata Spring Boot's processor writes from
 * the {@code @ConfigurationProperties} records: every {@code marsad.*} setting listed once, with the
 * default the code has, and a meaning. A setting added, renamed or given another default fails here.
 */
class SettingsReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(marsad\\.[a-z.-]+)` \\| `([^`]*)` \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void theReadmeListsEverySettingWithTheDefaultTheCodeHas() throws Exception {
        Map<String, String> code = new TreeMap<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("marsad.")) {
                        JsonNode value = property.get("defaultValue");
                        code.put(name, value == null || value.isNull() ? "(none)" : value.asText());
                    }
                }
            }
        }
        Map<String, String> readme = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(readme()));
        while (row.find()) {
            assertThat(readme.put(row.group(1), row.group(2))).as(row.group(1) + " listed once").isNull();
            assertThat(row.group(3).strip()).as(row.group(1) + " has a meaning").isNotEmpty();
        }

        assertThat(code).as("settings the records declare").containsKeys("marsad.import.chunk-size", "marsad.schedule.cron");
        assertThat(readme).isEqualTo(code);
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("etl-app"))) {
            dir = dir.getParent();
        }
        return dir.resolve("README.md");
    }
}
