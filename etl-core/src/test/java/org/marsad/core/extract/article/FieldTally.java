package org.marsad.core.extract.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.marsad.core.Article;

/** The fields of labelled articles against what the extraction gave: a row per field (right, NULL, wrong) and every miss. */
final class FieldTally {

    private final Map<String, int[]> byField = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();

    /** Title, outlet, author, dateline and publication time (with its offset when {@code withOffset}). */
    void article(String name, Article a, String title, String source, String author, String dateline, String published, boolean withOffset) {
        count(name, "title", title, a.title());
        count(name, "source_name", source, a.sourceName());
        count(name, "author", author, a.author());
        count(name, "dateline", dateline, a.dateline());
        String got = a.publishedAt() == null ? null
                : a.publishedAt() + (withOffset && a.publishedOffset() != null ? a.publishedOffset().toString() : "");
        count(name, "published_at", published, got);
    }

    void count(String name, String field, String expected, String got) {
        int[] t = byField.computeIfAbsent(field, k -> new int[4]);
        t[0]++;
        if (Objects.equals(expected, got)) {
            t[1]++;
        } else {
            t[got == null ? 2 : 3]++;
            wrong.add(name + " " + field + ": expected " + expected + ", got " + got);
        }
    }

    /** The README's table: field, items, right, NULL, wrong. */
    void print(String items) {
        System.out.println("| field | " + items + " | right | NULL | wrong |");
        System.out.println("| --- | --- | --- | --- | --- |");
        byField.forEach((field, t) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", field, t[0],
                100.0 * t[1] / t[0], 100.0 * t[2] / t[0], 100.0 * t[3] / t[0]));
    }

    List<String> wrong() {
        return wrong;
    }
}
