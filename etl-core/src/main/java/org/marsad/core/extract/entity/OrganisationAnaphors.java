package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.entity.EntityFinder.LocatedName;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

/**
 * The organisation a bare definite head stands for in one article: after تنظيم داعش the press writes التنظيم,
 * مسلحي التنظيم, هجوم شنه التنظيم; after حركة الشباب, الحركة. The antecedent of a head is the organisation the article
 * mentions most whose name begins with it ({@code anaphoric-heads.txt}); a head the article names no such
 * organisation for stands for nothing. For rules that read who did what around a count.
 */
public final class OrganisationAnaphors {

    private static final List<String> HEADS = Lexicon.named("anaphoric-heads").entries();
    private static final Pattern HEAD = Pattern.compile("(?<![\\p{L}])(?:[وف]?(?:ب|ل)?ال|[وف]?لل)(" + WordAlternation.folded(HEADS)
            + ")(?![\\p{L}])");

    private final Map<String, String> antecedents;

    private OrganisationAnaphors(Map<String, String> antecedents) {
        this.antecedents = antecedents;
    }

    /** @param entities the article's names, with how often each is mentioned */
    public static OrganisationAnaphors of(List<EntityMention> entities, EntityGazetteer gazetteer) {
        Map<String, String> antecedents = new HashMap<>();
        for (String head : HEADS) {
            java.util.Set<String> headed = gazetteer.canonicalsWithHead(head);
            String headWord = ArabicMatchKey.of(head) + " ";
            EntityMention best = null;
            for (EntityMention e : entities) {
                boolean named = e.type() == EntityType.ORGANIZATION
                        && (headed.contains(e.canonicalName()) || ArabicMatchKey.of(e.canonicalName()).startsWith(headWord));
                if (named && (best == null || e.mentionCount() > best.mentionCount())) {
                    best = e;
                }
            }
            if (best != null) {
                antecedents.put(ArabicMatchKey.of(head), best.canonicalName());
            }
        }
        return new OrganisationAnaphors(antecedents);
    }

    /** The sentence's names, with each bare head that stands for an organisation added as that organisation's name. */
    public List<LocatedName> withAnaphors(String sentence, List<LocatedName> names) {
        List<LocatedName> anaphors = anaphorsIn(sentence, names);
        if (anaphors.isEmpty()) {
            return names;
        }
        List<LocatedName> out = new ArrayList<>(names);
        out.addAll(anaphors);
        out.sort(java.util.Comparator.comparingInt(LocatedName::start));
        return out;
    }

    /** Whether the sentence may hold a head that stands for an organisation: whether its names are worth locating. */
    public boolean mayStandIn(String sentence) {
        return !antecedents.isEmpty() && HEAD.matcher(sentence).find();
    }

    /** The bare heads of the sentence that stand for an organisation, each as that organisation's name. */
    public List<LocatedName> anaphorsIn(String sentence, List<LocatedName> names) {
        if (antecedents.isEmpty()) {
            return List.of();
        }
        List<LocatedName> out = new ArrayList<>();
        for (Matcher m = HEAD.matcher(sentence); m.find();) {
            String antecedent = antecedents.get(ArabicMatchKey.of(m.group(1)));
            if (antecedent != null && !overlaps(names, m.start(), m.end()) && !followedByAName(sentence, m.end(), names)) {
                out.add(new LocatedName(m.start(), m.end(), EntityType.ORGANIZATION, antecedent));
            }
        }
        return out;
    }

    /**
     * The article's entities with the mentions the heads stand for counted in (بعد أن أعلن تنظيم داعش … وقال التنظيم:
     * two mentions of داعش).
     *
     * @param located the names of a sentence where they stand
     */
    public List<EntityMention> countedIn(List<EntityMention> entities, List<String> sentences,
            java.util.function.Function<String, List<LocatedName>> located) {
        Map<String, Integer> more = new HashMap<>();
        for (String sentence : sentences) {
            if (mayStandIn(sentence)) {
                anaphorsIn(sentence, located.apply(sentence)).forEach(a -> more.merge(a.name(), 1, Integer::sum));
            }
        }
        if (more.isEmpty()) {
            return entities;
        }
        return entities.stream().map(e -> e.type() == EntityType.ORGANIZATION && more.containsKey(e.canonicalName())
                ? new EntityMention(e.type(), e.canonicalName(), e.mentionCount() + more.get(e.canonicalName())) : e).toList();
    }

    private static boolean overlaps(List<LocatedName> names, int start, int end) {
        return names.stream().anyMatch(n -> n.start() < end && start < n.end());
    }

    /** التنظيم "داعش": a head with a name right after it is that name's, which the finders read. */
    private static boolean followedByAName(String sentence, int end, List<LocatedName> names) {
        int next = end;
        while (next < sentence.length() && " «\"“".indexOf(sentence.charAt(next)) >= 0) {
            next++;
        }
        int at = next;
        return names.stream().anyMatch(n -> n.start() == at);
    }
}
