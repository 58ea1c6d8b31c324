package org.marsad.core.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removes page furniture from normalised article text, line by line, by general rules that hold for
 * outlets never seen before. The first rule that claims a line removes it and is recorded; values the
 * furniture carried (a reads counter, the outlet's header line) are captured first. Blank lines stay as
 * paragraph breaks.
 */
public final class BoilerplateFilter {

    private final List<LineRule> rules;

    BoilerplateFilter(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rules, most specific first. */
    public static BoilerplateFilter standard() {
        return new BoilerplateFilter(List.of(new NoTextRule(), new CounterRule(), new AdResidueRule(), new CmsArtefactRule(),
                new OutletHeaderRule(), new FooterNoticeRule(), new UiWordsRule(), new RelatedHeadlinesRule(),
                new RepeatedLineRule()));
    }

    public CleanedText clean(String normalisedText) {
        List<String> lines = Arrays.asList(normalisedText.split("\n", -1));
        CleaningState state = new CleaningState(lines);
        List<String> kept = new ArrayList<>(lines.size());
        List<RemovedLine> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            state.moveTo(i);
            LineRule rule = line.isBlank() ? null : firstClaiming(line, state);
            if (rule == null) {
                kept.add(line);
                state.kept(line);
            } else {
                removed.add(new RemovedLine(i + 1, line, rule.name()));
            }
        }
        return new CleanedText(joinParagraphs(kept), removed, state.captured());
    }

    private LineRule firstClaiming(String line, CleaningState state) {
        for (LineRule rule : rules) {
            if (rule.removes(line, state)) {
                return rule;
            }
        }
        return null;
    }

    /** Blank lines left by removals collapse into one paragraph break. */
    private static String joinParagraphs(List<String> lines) {
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }
}
