package org.marsad.core.extract.quote;

import java.util.ArrayList;
import java.util.List;

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

    SpeakerNames(List<String> people, List<String> organisations) {
        people.forEach(p -> this.people.add(name(p, true)));
        organisations.forEach(o -> this.organisations.add(name(o, false)));
    }

    static final SpeakerNames NONE = new SpeakerNames(List.of(), List.of());

    private static Name name(String canonical, boolean person) {
        String[] words = ArabicMatchKey.of(canonical).split(" ");
        String family = person && words.length > 1 && words[words.length - 1].length() >= 4 ? words[words.length - 1] : null;
        return new Name(canonical, words, family);
    }

    /** The person, else the organisation, named last in the words; null when they name none. */
    String lastIn(String words) {
        String[] tokens = ArabicMatchKey.of(words).split("[^\\p{L}\\p{N}]+");
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
