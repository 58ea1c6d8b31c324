package org.marsad.core.clean;

import java.util.regex.Pattern;

/** Lines a CMS leaks into the page, such as a field placeholder {@code (Related Nodes field)}. */
final class CmsArtefactRule implements LineRule {

    private static final Pattern FIELD = Pattern.compile("\\((\\p{Lu}[\\p{L}]*\\s)*(field|block|widget|view)\\)", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "CMS_ARTEFACT";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        return FIELD.matcher(line).find();
    }
}
