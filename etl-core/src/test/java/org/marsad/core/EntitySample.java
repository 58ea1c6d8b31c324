package org.marsad.core;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the articles of {@code facts/entities-check.tsv} were chosen (session 14), before any entity rule was
 * changed for them: the SaudiNewsNet articles of 23 and 27 July 2015 (days the dev set did not draw from) and
 * the ANT files of the news sections ({@code internationalNews}, {@code middleEast}: the dev set holds only
 * sport, economy and culture), ordered by a hash of salt and locator, at most one SaudiNewsNet article an
 * outlet and two ANT files an outlet, bodies of 400 to 2,500 characters so that a reader can list every name.
 * Prints each article's locator and text for the annotator.
 * <pre>java -cp … org.marsad.core.EntitySample CORPUS_DIR SNN_COUNT ANT_COUNT</pre>
 */
final class EntitySample {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALT = "entities-check";

    record Candidate(String locator, String outlet, String text, String order) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<Candidate> snn = new ArrayList<>();
        for (String day : List.of("2015-07-23", "2015-07-27")) {
            try (ZipFile zip = new ZipFile(corpus.resolve("saudinewsnet-full/dataset/" + day + ".zip").toFile())) {
                try (InputStream in = zip.getInputStream(zip.getEntry(day + ".json"))) {
                    JsonNode array = JSON.readTree(in);
                    for (int i = 0; i < array.size(); i++) {
                        JsonNode a = array.get(i);
                        String locator = "snn:" + day + ".zip:" + day + ".json:" + i;
                        add(snn, locator, a.path("source").asText(), a.path("title").asText() + "\n" + a.path("content").asText());
                    }
                }
            }
        }
        List<Candidate> ant = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus.resolve("ant/raw"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*/(internationalNews|middleEast)/.*\\.txt")).toList()) {
                String locator = "ant:" + corpus.resolve("ant").relativize(f);
                add(ant, locator, corpus.resolve("ant/raw").relativize(f).getName(0).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        print(pick(snn, Integer.parseInt(args[1]), 1));
        print(pick(ant, Integer.parseInt(args[2]), 2));
    }

    private static void add(List<Candidate> out, String locator, String outlet, String text) throws Exception {
        if (text.length() >= 400 && text.length() <= 2500) {
            out.add(new Candidate(locator, outlet, text, sha1(SALT + locator)));
        }
    }

    private static List<Candidate> pick(List<Candidate> all, int size, int perOutlet) {
        List<Candidate> picked = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (Candidate c : all.stream().sorted(Comparator.comparing(Candidate::order)).toList()) {
            if (picked.size() < size && outlets.stream().filter(c.outlet()::equals).count() < perOutlet) {
                picked.add(c);
                outlets.add(c.outlet());
            }
        }
        return picked;
    }

    private static void print(List<Candidate> picked) {
        for (Candidate c : picked) {
            System.out.println("=== " + c.locator() + " (" + c.outlet() + ")");
            System.out.println(c.text().strip());
        }
    }

    private static String sha1(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
