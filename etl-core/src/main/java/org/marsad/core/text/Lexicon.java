package org.marsad.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list of the team's Arabic knowledge (titles, speech verbs, cues, month names…), kept as a
 * resource file under {@code org/marsad/core/lexicon/} so that a linguist extends coverage without
 * touching Java. The file opens with comment lines ({@code #}) saying what the list is and how its
 * entries are written; then one entry a line (a word or a phrase). Entries are written in any
 * spelling: they are folded as the text is ({@link ArabicMatchKey}: hamza forms of alef, final ya,
 * ta marbuta), so {@code الأمير} also finds {@code الامير}. An entry marked {@code ?} is also a common
 * word, as in the other data files.
 */
public final class Lexicon {

    private static final String FOLDER = "/org/marsad/core/lexicon/";

    private final String name;
    private final List<String> entries;
    private final Set<String> keys;
    private final Set<String> written;

    private Lexicon(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Set<String> k = new LinkedHashSet<>();
        entries.forEach(e -> k.add(ArabicMatchKey.of(DataFile.unmarked(e))));
        this.keys = java.util.Collections.unmodifiableSet(k);
        Set<String> w = new LinkedHashSet<>();
        entries.forEach(e -> w.add(DataFile.unmarked(e)));
        this.written = java.util.Collections.unmodifiableSet(w);
    }

    /** The list {@code name}.txt of the lexicon folder; it must open with its header. */
    public static Lexicon named(String name) {
        return named(name + ".txt", false);
    }

    /** Lists already read: a list is immutable, and several rules in several classes read the same one. */
    private static final java.util.Map<String, Lexicon> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static Lexicon named(String file, boolean table) {
        return READ.computeIfAbsent(file, f -> read(f, table));
    }

    private static Lexicon read(String file, boolean table) {
        String name = file.substring(0, file.lastIndexOf('.'));
        String resource = FOLDER + file;
        List<String> header = DataFile.header(Lexicon.class, resource);
        if (header.isEmpty()) {
            throw new IllegalStateException(resource + " has no header: say in # lines what the list is and how entries are written");
        }
        List<String> entries = new ArrayList<>();
        for (String line : DataFile.lines(Lexicon.class, resource)) {
            entries.add(table ? line : line.strip());
        }
        return new Lexicon(name, entries);
    }

    /** A table {@code name}.tsv of the lexicon folder (see {@link #rows}); it must open with its header. */
    public static Lexicon table(String name) {
        return named(name + ".tsv", true);
    }

    /** The entries as written, in file order. */
    public List<String> entries() {
        return entries;
    }

    /** The entries folded as {@link ArabicMatchKey} folds text, for rules that match folded text; file order, no repeats. */
    public List<String> foldedEntries() {
        return List.copyOf(keys);
    }

    /** The entries of a table (columns separated by tabs), each split into its columns as written. */
    public List<String[]> rows() {
        return entries.stream().map(e -> e.split("\t", -1)).toList();
    }

    /**
     * Whether the word is an entry exactly as written: for function words, where folding would merge
     * words the text keeps apart ({@code على} "on" and {@code علي} "Ali", {@code إلى} and {@code إلي}).
     */
    public boolean containsAsWritten(String word) {
        return written.contains(word);
    }

    /** A regular expression group matching the entries exactly as written (see {@link #containsAsWritten}). */
    public String alternationAsWritten() {
        return WordAlternation.of(written);
    }

    /** Whether the word or phrase is an entry, in any spelling. */
    public boolean contains(String word) {
        return keys.contains(ArabicMatchKey.of(word));
    }

    /** A regular expression group matching any entry in any spelling (see {@link WordAlternation#folded}). */
    public String alternation() {
        return WordAlternation.folded(entries.stream().map(DataFile::unmarked).toList());
    }

    @Override
    public String toString() {
        return "lexicon " + name + " (" + entries.size() + " entries)";
    }
}
