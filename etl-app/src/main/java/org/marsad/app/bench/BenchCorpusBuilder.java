package org.marsad.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N benchmark articles made by recombining paragraphs of real articles (the ANT corpus's TREC
 * files and SaudiNewsNet's bodies), so that every article is new text and none is a duplicate, in the
 * mix a nightly delivery has: 70% UTF-8 text, 10% windows-1256 text, 10% HTML with page furniture, 5%
 * UTF-16 with a BOM, 5% records of JSON Lines files (20 a file). Deterministic for a seed.
 */
public final class BenchCorpusBuilder {

    private static final Pattern TREC_TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final int RECORDS_PER_FEED = 20;

    private final List<String> paragraphs;

    private BenchCorpusBuilder(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Reads the paragraph pool from {@code corpus/ant/raw} and {@code corpus/saudinewsnet/articles}. */
    public static BenchCorpusBuilder from(Path corpus) throws IOException {
        List<String> pool = new ArrayList<>();
        for (Path folder : List.of(corpus.resolve("ant/raw"), corpus.resolve("saudinewsnet/articles"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher trec = TREC_TEXT.matcher(text);
                    addParagraphs(trec.find() ? trec.group(1) : text, pool);
                }
            }
        }
        if (pool.size() < 100) {
            throw new IllegalArgumentException("too few paragraphs under " + corpus + ": " + pool.size());
        }
        return new BenchCorpusBuilder(pool);
    }

    private static void addParagraphs(String text, List<String> pool) {
        for (String line : text.split("\\R")) {
            String paragraph = line.strip();
            if (paragraph.length() >= 80) {
                pool.add(paragraph);
            }
        }
    }

    /** @return bytes written */
    public long write(Path out, int articles, long seed) throws IOException {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<String> feed = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            String[] article = article(random, seen);
            int kind = random.nextInt(100);
            Path folder = out.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(folder);
            if (kind < 70) {
                bytes += write(folder.resolve(i + ".txt"), encode(article[0] + "\n\n" + article[1], StandardCharsets.UTF_8, false));
            } else if (kind < 80) {
                bytes += write(folder.resolve(i + ".txt"), encode(article[0] + "\n\n" + article[1], Charset.forName("windows-1256"), false));
            } else if (kind < 90) {
                bytes += write(folder.resolve(i + ".html"), encode(html(article, random), StandardCharsets.UTF_8, false));
            } else if (kind < 95) {
                bytes += write(folder.resolve(i + ".txt"), encode(article[0] + "\n\n" + article[1], StandardCharsets.UTF_16LE, true));
            } else {
                feed.add("{\"title\": " + json(article[0]) + ", \"source\": \"وكالة الأنباء\", \"content\": " + json(article[1]) + "}");
                if (feed.size() == RECORDS_PER_FEED) {
                    bytes += write(folder.resolve(i + ".jsonl"), String.join("\n", feed).getBytes(StandardCharsets.UTF_8));
                    feed.clear();
                }
            }
        }
        if (!feed.isEmpty()) {
            bytes += write(out.resolve("last.jsonl"), String.join("\n", feed).getBytes(StandardCharsets.UTF_8));
        }
        return bytes;
    }

    /** A title and a body of 3 to 8 paragraphs, a combination not used before. */
    private String[] article(Random random, Set<String> seen) {
        while (true) {
            int count = 3 + random.nextInt(6);
            StringBuilder key = new StringBuilder();
            List<String> chosen = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                int index = random.nextInt(paragraphs.size());
                key.append(index).append(',');
                chosen.add(paragraphs.get(index));
            }
            if (seen.add(key.toString())) {
                String first = chosen.get(0);
                String[] words = first.split("\\s+");
                String title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(9, words.length)));
                return new String[] {title, String.join("\n\n", chosen)};
            }
        }
    }

    private static String html(String[] article, Random random) {
        StringBuilder body = new StringBuilder();
        for (String p : article[1].split("\n\n")) {
            body.append("<p>").append(escape(p)).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s | الموقع الإخباري</title></head>
                <body><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a></nav>
                <div class="share">طباعة | أرسل لصديق | تعليق</div>
                <article><h1>%s</h1>
                %s</article>
                <aside><h3>أخبار ذات صلة</h3><ul><li><a href="/a/%d">عنوان خبر آخر</a></li><li><a href="/a/%d">خبر ثالث</a></li></ul></aside>
                <div class="counter">عدد القراءات: %d</div>
                <footer>جميع الحقوق محفوظة © الموقع الإخباري</footer></body></html>
                """.formatted(escape(article[0]), escape(article[0]), body, random.nextInt(99999), random.nextInt(99999),
                random.nextInt(9999));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "").replace("\t", " ") + "\"";
    }

    /** Characters the charset lacks (emoji in windows-1256) become '?', as legacy newsroom systems write them. */
    private static byte[] encode(String text, Charset charset, boolean bom) {
        try {
            CharsetEncoder encoder = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .onMalformedInput(CodingErrorAction.REPLACE);
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining() + (bom ? 2 : 0)];
            if (bom) {
                bytes[0] = (byte) 0xFF;
                bytes[1] = (byte) 0xFE;
            }
            encoded.get(bytes, bom ? 2 : 0, encoded.remaining());
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
