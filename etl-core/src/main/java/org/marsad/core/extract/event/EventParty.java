package org.marsad.core.extract.event;

import java.util.Objects;

/**
 * One side of an event: a named organisation or person, a described force (القوات العراقية) or a described
 * group of people (مدنيون, مسلحون).
 *
 * @param name     the name or description as bi_event shows it
 * @param type     what it is
 * @param evidence the rule and the words that decided it ({@code after بنيران: القوات الحكومية})
 */
public record EventParty(String name, Type type, String evidence) {

    public enum Type {
        ORGANIZATION, PERSON, FORCE, GROUP
    }

    public EventParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
