package org.marsad.core.extract.entity;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.core.text.DataFile;

/**
 * Finds the organisations and places the team's gazetteers know (organizations.tsv beside this class,
 * and the dateline places of the field extraction), counting mentions under canonical names. Words are
 * compared on the normalised key after removing the clitics و ف ب ل ك and the article, so وبغداد,
 * لداعش, بالعراق and للتحالف all count. A nisba adjective (العراقية in القوات العراقية) is not the
 * place: only the noun forms are in the gazetteer.
 */
public final class EntityGazetteer {

    /**
     * A name's words without clitics, and whether each carries the article (العراق) or not (سورية); a
     * guarded name is also a common word and counts only behind a clitic (ومالي, بمالي) or after a preposition or place word (في مالي).
     */
    private record Name(EntityType type, String canonical, String[] words, boolean[] article, boolean guarded) {
    }

    /** Words after which a guarded name is a place: prepositions, directions, words for a state. */
    private static final Lexicon PLACE_CONTEXT = Lexicon.named("place-context");

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Map<String, String> kindByWord = new HashMap<>();
    /** {@link #canonicalsWithHead}'s answers, by head. */
    private final Map<String, java.util.Set<String>> headed = new java.util.concurrent.ConcurrentHashMap<>();

    private static final EntityGazetteer STANDARD = load();

    /** The team's gazetteers, read once: the extraction, the entity model's features and its tagger share them. */
    public static EntityGazetteer standard() {
        return STANDARD;
    }

    private static EntityGazetteer load() {
        EntityGazetteer g = new EntityGazetteer();
        g.load("organizations.tsv", EntityType.ORGANIZATION, true);
        g.load("/org/marsad/core/extract/article/places.txt", EntityType.LOCATION, true);
        g.load("companies.tsv", EntityType.ORGANIZATION, false);
        g.load("armed-groups.tsv", EntityType.ORGANIZATION, false);
        return g;
    }

    /** @param cuesTheModel whether the names' words are the entity model's gazetteer features ({@link #kindOfWord}) */
    private void load(String resource, EntityType type, boolean cuesTheModel) {
        for (String line : DataFile.lines(EntityGazetteer.class, resource)) {
            // organizations.tsv: canonical TAB aliases; places.txt: canonical|aliases
            String[] names = line.replace('\t', '|').split("\\|");
            boolean guarded = DataFile.isMarked(names[0]);
            String canonical = DataFile.unmarked(names[0]);
            for (String name : names) {
                if (!name.isBlank()) {
                    add(type, canonical, DataFile.unmarked(name), guarded, cuesTheModel);
                }
            }
        }
    }

    private void add(EntityType type, String canonical, String alias, boolean guarded, boolean cuesTheModel) {
        String[] words = ArabicMatchKey.of(alias).split(" ");
        boolean[] article = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            article[i] = ArabicMorphology.hasArticle(words[i]);
            words[i] = ArabicMorphology.bare(words[i]);
        }
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(type, canonical, words, article, guarded));
        if (cuesTheModel) {
            for (String word : words) {
                // a word of a guarded name (الخبر) is a weaker cue: the model learns it apart
                kindByWord.merge(word, guarded ? type.name() + "?" : type.name(), (was, now) -> was.endsWith("?") ? now : was);
            }
        }
        byFirstWord.get(words[0]).sort((a, b) -> b.words().length - a.words().length);
    }

    /**
     * The canonical names of the known names whose first word is {@code head} (تنظيم: داعش, by its alias تنظيم داعش);
     * the lists do not change once read, so each head is looked up once.
     */
    public java.util.Set<String> canonicalsWithHead(String head) {
        return headed.computeIfAbsent(ArabicMorphology.bare(ArabicMatchKey.of(head)), key -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (Name name : byFirstWord.getOrDefault(key, List.of())) {
                if (name.words().length > 1) {
                    out.add(name.canonical());
                }
            }
            return java.util.Set.copyOf(out);
        });
    }

    public List<EntityMention> find(String text) {
        String key = ArabicMatchKey.of(text);
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (java.util.regex.Matcher w = WORD.matcher(key); w.find();) {
            words.add(w.group());
            spans.add(new int[] {w.start(), w.end()});
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Match match : matches(words.toArray(String[]::new))) {
            Name name = match.name();
            if (name.type() == EntityType.LOCATION && inGuillemets(key, spans.get(match.start())[0], spans.get(match.end() - 1)[1])) {
                continue; // «الشرق الأوسط» is the newspaper, «درع الفرات» an operation: a title, not the place
            }
            counts.computeIfAbsent(name.canonical(), k -> new int[1])[0]++;
            types.put(name.canonical(), name.type());
        }
        List<EntityMention> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new EntityMention(types.get(name), name, n[0])));
        return out;
    }

    /** A name the gazetteers know over tokens [start, end) of a sentence, and its canonical name. */
    public record TokenSpan(int start, int end, EntityType type, String canonical) {
    }

    /** The known names over a sentence's tokens (as the entity model reads them), longest first, not overlapping. */
    public List<TokenSpan> spans(String[] tokens) {
        // quotes inside a name do not part it (حركة «الشباب», جماعة "الإخوان"): matched over the other tokens
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!QUOTES.contains(tokens[i])) {
                kept.add(i);
            }
        }
        String[] keys = new String[kept.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = ArabicMatchKey.of(tokens[kept.get(k)]);
        }
        return matches(keys).stream()
                .map(m -> new TokenSpan(kept.get(m.start()), kept.get(m.end() - 1) + 1, m.name().type(), m.name().canonical())).toList();
    }

    private static final java.util.Set<String> QUOTES = java.util.Set.of("«", "»", "\"", "“", "”");

    private record Match(int start, int end, Name name) {
    }

    /** @param tokens match keys of consecutive words */
    private List<Match> matches(String[] tokens) {
        String[] bare = new String[tokens.length];
        boolean[] article = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            article[i] = ArabicMorphology.hasArticle(tokens[i]);
            bare[i] = ArabicMorphology.bare(tokens[i]);
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < bare.length; i++) {
            Name match = longestAt(bare, article, i);
            boolean clitic = !tokens[i].equals(bare[i]);
            if (match == null && afterConjunction(tokens[i])) {
                // وسورية, ومالي: bare() keeps و before a word without the article (وزارة, وادي are words of their own)
                String word = bare[i];
                bare[i] = ArabicMorphology.bare(tokens[i].substring(1));
                match = longestAt(bare, article, i);
                bare[i] = word;
                clitic = true;
            }
            // a clitic shows a guarded name is a noun (ومالي), unless the name has the article itself (بالخبر: "with the news")
            boolean confirmed = clitic && match != null && !match.article()[0] || i > 0 && PLACE_CONTEXT.contains(tokens[i - 1]);
            if (match != null && match.guarded() && !confirmed) {
                match = null;
            }
            if (match != null) {
                out.add(new Match(i, i + match.words().length, match));
                i += match.words().length - 1;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private static boolean inGuillemets(String key, int start, int end) {
        return start > 0 && end < key.length() && key.charAt(start - 1) == '«' && key.charAt(end) == '»';
    }

    private static boolean afterConjunction(String token) {
        return token.length() > 3 && (token.charAt(0) == 'و' || token.charAt(0) == 'ف');
    }

    private Name longestAt(String[] bare, boolean[] article, int i) {
        List<Name> names = byFirstWord.get(bare[i]);
        if (names == null) {
            return null;
        }
        for (Name name : names) {
            if (i + name.words().length <= bare.length && matches(bare, article, i, name)) {
                return name;
            }
        }
        return null;
    }

    /** Same words, and the article where the name has it: السورية (the adjective) is not سورية. */
    private static boolean matches(String[] bare, boolean[] article, int at, Name name) {
        for (int k = 0; k < name.words().length; k++) {
            if (!bare[at + k].equals(name.words()[k]) || article[at + k] != name.article()[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type of name a word belongs to in the gazetteers (LOCATION, ORGANIZATION; with ? when only a name that
     * is also a common word has it), or null: a model feature.
     */
    public String kindOfWord(String word) {
        return kindByWord.get(ArabicMorphology.bare(ArabicMatchKey.of(word)));
    }

    /** The word normalised, without clitics and article: the stem feature of the entity model. */
    public static String stem(String word) {
        return ArabicMorphology.bare(ArabicMatchKey.of(word));
    }

    /** Whether the word carries the article: the article feature of the entity model. */
    public static boolean carriesArticle(String word) {
        return ArabicMorphology.hasArticle(ArabicMatchKey.of(word));
    }
}
