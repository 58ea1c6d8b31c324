package org.marsad.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's data files on the classpath (places, organisations, outlets, given names): UTF-8, one entry
 * a line, blank lines and lines starting with {@code #} left out. A name marked with a leading {@code ?}
 * is also a common word ({@code ?مالي}, {@code ?حسن}), which each reader weighs in its own way.
 */
public final class DataFile {

    private DataFile() {
    }

    /** Whether a name is marked {@code ?}: also a common word. */
    public static boolean isMarked(String name) {
        return name.strip().startsWith("?");
    }

    /** The name without its mark and surrounding blanks. */
    public static String unmarked(String name) {
        String n = name.strip();
        return n.startsWith("?") ? n.substring(1) : n;
    }

    /** The comment lines a resource opens with, without their {@code #}: what the file is and how it is written. */
    public static List<String> header(Class<?> base, String resource) {
        List<String> header = new ArrayList<>();
        try (InputStream in = open(base, resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null && line.startsWith("#"); line = reader.readLine()) {
                header.add(line.substring(1).strip());
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be read", e);
        }
    }

    private static InputStream open(Class<?> base, String resource) {
        InputStream in = base.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file not found on the classpath: " + resource);
        }
        return in;
    }

    /** The entry lines of a resource, named as {@link Class#getResourceAsStream} names it, as written. */
    public static List<String> lines(Class<?> base, String resource) {
        try (InputStream in = open(base, resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be read", e);
        }
    }
}
