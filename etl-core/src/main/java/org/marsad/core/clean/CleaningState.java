package org.marsad.core.clean;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What the rules may know while the filter walks the lines of one article. */
final class CleaningState {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> lines;
    private final Set<String> keptKeys = new HashSet<>();
    private final Map<String, String> captured = new LinkedHashMap<>();
    private int index;
    private int keptTextLines;
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
        return keptKeys.contains(key(line));
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
        String key = key(line);
        keptKeys.add(key);
        if (headlineKey == null) {
            headlineKey = key;
        }
    }

    /** Letters and digits only, single-spaced: what two copies of a line have in common. */
    static String key(String line) {
        return NOT_WORD.matcher(line).replaceAll(" ").strip();
    }

    static int words(String line) {
        String key = key(line);
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
