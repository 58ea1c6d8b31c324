package org.marsad.core.clean;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.text.WordChars;

/** What the rules may know while the filter walks the lines of one article. */
final class CleaningState {


    private final List<String> lines;
    private final Set<String> keptKeys = new HashSet<>();
    private final Map<String, String> captured = new LinkedHashMap<>();
    private int index;
    private int keptTextLines;
    private String lastLine;
    private String lastKey;
    private String headlineKey;
    private boolean inRelatedList;

    CleaningState(List<String> lines) {
        this.lines = lines;
    }

    void moveTo(int index) {
        this.index = index;
    }

    /** Non-blank lines kept before this one: 0 while still in the page header. */
    int keptTextLines() {
        return keptTextLines;
    }

    String next() {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "";
    }

    boolean wasKept(String line) {
        return keptKeys.contains(keyOf(line));
    }

    /**
     * {@link #key} of a line, remembered for the line the rules are looking at: each rule asks it again
     * of the same line.
     */
    String keyOf(String line) {
        if (!line.equals(lastLine)) {
            lastLine = line;
            lastKey = key(line);
        }
        return lastKey;
    }

    /** {@link #words} of a line, from its remembered key. */
    int wordsOf(String line) {
        return wordCount(keyOf(line));
    }

    /** The first line kept, which in news copy is the headline. */
    String headlineKey() {
        return headlineKey;
    }

    boolean inRelatedList() {
        return inRelatedList;
    }

    void setInRelatedList(boolean inRelatedList) {
        this.inRelatedList = inRelatedList;
    }

    void capture(String name, String value) {
        captured.putIfAbsent(name, value);
    }

    Map<String, String> captured() {
        return captured;
    }

    void kept(String line) {
        if (line.isBlank()) {
            return;
        }
        keptTextLines++;
        String key = keyOf(line);
        keptKeys.add(key);
        if (headlineKey == null) {
            headlineKey = key;
        }
    }

    /** Letters and digits only, single-spaced: what two copies of a line have in common. */
    static String key(String line) {
        return WordChars.joined(line);
    }

    static int words(String line) {
        return wordCount(key(line));
    }

    private static int wordCount(String key) {
        return key.isEmpty() ? 0 : (int) key.chars().filter(c -> c == ' ').count() + 1;
    }
}
