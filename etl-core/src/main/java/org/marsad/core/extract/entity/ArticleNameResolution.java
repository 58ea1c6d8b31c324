package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;

/**
 * Makes the names one article gives one entity one entity, counting every mention: two spellings of a name
 * ({@link NameKey}: عبد العزيز and عبدالعزيز, hamza and alef forms), and a part of a name that stands for
 * the whole name the article gives (a word the tagger took for a place, too: النعمان of صباح النعمان) (the family name بلاتر for جوزف بلاتر, the given name محمد for محمد صلاح,
 * محمد بن سلمان for محمد بن سلمان بن عبدالعزيز, وزارة الداخلية for وزارة الداخلية البحرينية). A part goes to
 * the whole only when one whole holds it; a name with a clitic left on it (لريال مدريد) goes to the name
 * without it (or every whole holding it is part of the longest); a given name two
 * people of the article share is attributed to nobody and dropped. A place is never merged into another
 * name (مصر is not مصر للطيران), and organisations only into organisations; a lone word the tagger took for
 * a person may be the last word of an organisation (باركليز of بنك باركليز).
 */
final class ArticleNameResolution {

    private ArticleNameResolution() {
    }

    /** @param known whether the gazetteers know a name: a known place is never a part of a person's name */
    static List<EntityMention> resolve(List<EntityMention> mentions, java.util.function.Predicate<String> known) {
        List<Entry> entries = sameKeysJoined(mentions);
        List<Entry> longestFirst = new ArrayList<>(entries);
        longestFirst.sort((a, b) -> b.words.length - a.words.length);
        for (int i = 0; i < longestFirst.size(); i++) {
            longestFirst.get(i).rank = i;
        }
        List<Entry> shortestFirst = new ArrayList<>(longestFirst);
        java.util.Collections.reverse(shortestFirst);
        // a whole holds a part at its start or its end: only the names sharing its first or last word are compared,
        // so an article listing thousands of names is not compared pair by pair
        Map<String, List<Entry>> byEdgeWord = new LinkedHashMap<>();
        for (Entry e : longestFirst) {
            for (String[] words : List.of(e.words, e.plainWords)) {
                byEdgeWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(e);
                byEdgeWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(e);
            }
        }
        for (Entry part : shortestFirst) {
            if (part.type == EntityType.LOCATION && (part.words.length > 1 || known.test(part.name))) {
                continue;
            }
            List<Entry> wholes = wholesOf(part, byEdgeWord);
            if (wholes.isEmpty()) {
                continue;
            }
            Entry longest = wholes.get(0);
            if (wholes.stream().allMatch(w -> w == longest || holds(longest, w))) {
                longest.count += part.count;
            }
            part.count = 0; // attributed to its whole, or to nobody when two people share it
        }
        List<EntityMention> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.count > 0) {
                out.add(new EntityMention(e.type, e.name, e.count));
            }
        }
        return out;
    }

    /** The names that hold the part and may take it, longest first. */
    private static List<Entry> wholesOf(Entry part, Map<String, List<Entry>> byEdgeWord) {
        java.util.Set<Entry> near = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String[] words : List.of(part.words, part.plainWords)) {
            near.addAll(byEdgeWord.getOrDefault(words[0], List.of()));
            near.addAll(byEdgeWord.getOrDefault(words[words.length - 1], List.of()));
        }
        List<Entry> wholes = new ArrayList<>();
        for (Entry w : near.stream().sorted(java.util.Comparator.comparingInt(e -> e.rank)).toList()) {
            if (w != part && w.count > 0 && holds(w, part) && mayTake(w, part)) {
                wholes.add(w);
            }
        }
        return wholes;
    }

    private static final class Entry {
        final EntityType type;
        final String name;
        final String[] words;
        final String[] plainWords;
        int count;
        /** Place among the article's names, longest first. */
        int rank;

        Entry(EntityType type, String name, int count) {
            this.type = type;
            this.name = name;
            this.words = NameKey.of(type, name).split(" ");
            this.plainWords = NameKey.of(name).split(" ");
            this.count = count;
        }
    }

    /** One entry a key; finders that saw the same mention (the patterns and the tagger) count it once. */
    private static List<Entry> sameKeysJoined(List<EntityMention> mentions) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            String key = NameKey.of(m.canonicalName());
            Entry was = byKey.get(key);
            if (was == null) {
                byKey.put(key, new Entry(m.type(), m.canonicalName(), m.mentionCount()));
            } else if (m.mentionCount() > was.count) {
                byKey.put(key, new Entry(was.type, was.name, m.mentionCount()));
            }
        }
        // لريال مدريد, ونيويورك نيكس: a clitic the finders left on a name the article also gives without it
        for (Map.Entry<String, Entry> e : new ArrayList<>(byKey.entrySet())) {
            String key = e.getKey();
            Entry bare = key.length() > 4 && ArabicMorphology.beginsWithProcliticLetter(key) ? byKey.get(key.substring(1)) : null;
            if (bare != null && bare != e.getValue()) {
                bare.count += e.getValue().count;
                byKey.remove(key);
            }
        }
        // نتنياهو and نتانياهو: one person's transliterations, kept under the spelling seen first
        Map<String, Entry> people = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : new ArrayList<>(byKey.entrySet())) {
            if (e.getValue().type == EntityType.PERSON) {
                Entry first = people.putIfAbsent(String.join(" ", e.getValue().words), e.getValue());
                if (first != null) {
                    first.count += e.getValue().count;
                    byKey.remove(e.getKey());
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean mayTake(Entry whole, Entry part) {
        if (part.type == EntityType.LOCATION) {
            return whole.type == EntityType.PERSON; // النعمان of صباح النعمان, a word no gazetteer knows as a place
        }
        if (part.type == EntityType.PERSON) {
            return whole.type == EntityType.PERSON || part.words.length == 1 && whole.type == EntityType.ORGANIZATION
                    && whole.plainWords[whole.plainWords.length - 1].equals(part.plainWords[0]);
        }
        return whole.type == part.type;
    }

    /** Whether the part's words begin or end the whole's (keyed as a person's when both are people). */
    private static boolean holds(Entry whole, Entry part) {
        boolean people = whole.type == EntityType.PERSON && part.type == EntityType.PERSON;
        String[] partWords = people ? part.words : part.plainWords;
        String[] wholeWords = people ? whole.words : whole.plainWords;
        int n = partWords.length;
        int m = wholeWords.length;
        if (n >= m) {
            return false;
        }
        boolean prefix = true;
        // the end of a person's name after بن is a parent's name (سلمان بن عبدالعزيز of محمد بن سلمان بن عبدالعزيز)
        boolean suffix = !(people && LINEAGE.contains(wholeWords[m - n - 1]));
        for (int i = 0; i < n; i++) {
            prefix &= wholeWords[i].equals(partWords[i]);
            suffix &= wholeWords[m - n + i].equals(partWords[i]);
        }
        return prefix || suffix;
    }

    /** The lineage words as people's names are keyed. */
    private static final Set<String> LINEAGE = Lexicon.named("lineage-words").entries().stream()
            .map(w -> NameKey.of(EntityType.PERSON, w)).collect(Collectors.toUnmodifiableSet());
}
