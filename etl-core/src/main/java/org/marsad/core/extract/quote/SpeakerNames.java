package org.marsad.core.extract.quote;

import java.util.ArrayList;
import java.util.List;

import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;

/**
 * The article's people and organisations as speakers: a speaker phrase ({@code المتحدث باسم جهاز مكافحة
 * الإرهاب في العراق، صباح النعمان}) or the words before a quote are resolved to the name they hold, a
 * person's family name alone counting for the person ({@code وقال «النعمان»}, {@code وفقاً للخفاجي}).
 * People come before organisations: a spokesman speaks, not the body he names.
 */
final class SpeakerNames {

    /** A name's words as match keys, and its family name (the last word, when long enough not to be a common word). */
    private record Name(String canonical, String[] words, String family) {
    }

    private final List<Name> people = new ArrayList<>();
    private final List<Name> organisations = new ArrayList<>();
    /** The article, folded: where a descriptor is looked up beside a name. */
    private final String article;

    SpeakerNames(List<String> people, List<String> organisations, String foldedArticle) {
        people.forEach(p -> this.people.add(name(p, true)));
        organisations.forEach(o -> this.organisations.add(name(o, false)));
        this.article = foldedArticle;
    }

    static final SpeakerNames NONE = new SpeakerNames(List.of(), List.of(), "");

    /** PERSON or ORGANIZATION when the name is one of the article's, else null. */
    EntityType typeOf(String canonical) {
        if (people.stream().anyMatch(n -> n.canonical().equals(canonical))) {
            return EntityType.PERSON;
        }
        return organisations.stream().anyMatch(n -> n.canonical().equals(canonical)) ? EntityType.ORGANIZATION : null;
    }

    /** The article's organisation whose name begins with the noun (هيئة: هيئة مطارات باريس), or null; any spelling. */
    String organisationHeaded(String noun) {
        String head = ArabicMatchKey.of(noun);
        return organisations.stream().filter(o -> o.words().length > 1 && o.words()[0].equals(head)).map(Name::canonical).findFirst().orElse(null);
    }

    /** The person named first in the words, else the organisation named first; null when they name none. */
    String firstIn(String words) {
        String[] tokens = tokens(words);
        String person = first(people, tokens);
        return person != null ? person : first(organisations, tokens);
    }

    /** The person named first in the words, or null. */
    String firstPersonIn(String words) {
        return first(people, tokens(words));
    }

    /** Who a sentence is about: the person (else body) named in its first words, or null. */
    String subjectOf(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        return sentence.isBlank() ? null : firstIn(String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(12, words.length))));
    }

    /**
     * The person the article names right beside a descriptor ({@code وزير الخارجية الأميركي مايك بومبيو},
     * {@code مايك بومبيو، وزير الخارجية الأميركي}): who a later {@code وأضاف وزير الخارجية الأميركي} is.
     */
    String personBeside(String foldedDescriptor) {
        int from = 0;
        for (int seen = 0; seen < 20; seen++) {
            int at = article.indexOf(foldedDescriptor, from);
            if (at < 0) {
                return null;
            }
            int end = at + foldedDescriptor.length();
            String after = article.substring(end, Math.min(article.length(), end + 60)).replaceFirst("^[\\s،,]+", "");
            String person = firstPersonStarting(after);
            if (person == null) {
                String before = article.substring(Math.max(0, at - 60), at).replaceFirst("[\\s،,]+$", "");
                person = lastPersonEnding(before);
            }
            if (person != null) {
                return person;
            }
            from = end;
        }
        return null;
    }

    /** The longest person's name within the first words (المدير الفني لمنتخب مصر لكرة القدم، هيكتور كوبر). */
    private String firstPersonStarting(String text) {
        String[] tokens = tokens(text);
        for (int i = 0; i < Math.min(6, tokens.length); i++) {
            Name longest = null;
            for (Name name : people) {
                if (fullNameAt(name.words(), tokens, i) && (longest == null || name.words().length > longest.words().length)) {
                    longest = name;
                }
            }
            if (longest != null) {
                return longest.canonical();
            }
        }
        return null;
    }

    private String lastPersonEnding(String text) {
        String[] tokens = tokens(text);
        for (Name name : people) {
            int at = tokens.length - name.words().length;
            if (at >= 0 && fullNameAt(name.words(), tokens, at)) {
                return name.canonical();
            }
        }
        return null;
    }

    private static String[] tokens(String words) {
        return ArabicMatchKey.of(words).split("[^\\p{L}\\p{N}]+");
    }

    private static String first(List<Name> names, String[] tokens) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Name name : names) {
            int at = firstPosition(name, tokens);
            if (at >= 0 && at < best) {
                best = at;
                found = name.canonical();
            }
        }
        return found;
    }

    private static int firstPosition(Name name, String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (fullNameAt(name.words(), tokens, i) || name.family() != null && ArabicMorphology.asKnownName(tokens[i]).equals(ArabicMorphology.asKnownName(name.family()))) {
                return i;
            }
        }
        return -1;
    }

    private static Name name(String canonical, boolean person) {
        String[] words = ArabicMatchKey.of(canonical).split(" ");
        String family = person && words.length > 1 && words[words.length - 1].length() >= 4 ? words[words.length - 1] : null;
        return new Name(canonical, words, family);
    }

    /** The person, else the organisation, named last in the words; null when they name none. */
    String lastIn(String words) {
        String[] tokens = tokens(words);
        String person = last(people, tokens);
        return person != null ? person : last(organisations, tokens);
    }

    private static String last(List<Name> names, String[] tokens) {
        int best = -1;
        String found = null;
        for (Name name : names) {
            int at = lastPosition(name, tokens);
            if (at > best) {
                best = at;
                found = name.canonical();
            }
        }
        return found;
    }

    private static int lastPosition(Name name, String[] tokens) {
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (fullNameAt(name.words(), tokens, i) || name.family() != null && ArabicMorphology.asKnownName(tokens[i]).equals(ArabicMorphology.asKnownName(name.family()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fullNameAt(String[] words, String[] tokens, int i) {
        if (i + words.length > tokens.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String token = k == 0 ? ArabicMorphology.asKnownName(tokens[i]) : tokens[i + k];
            if (!token.equals(k == 0 ? ArabicMorphology.asKnownName(words[0]) : words[k])) {
                return false;
            }
        }
        return true;
    }

}
