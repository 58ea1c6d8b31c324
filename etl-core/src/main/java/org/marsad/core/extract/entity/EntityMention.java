package org.marsad.core.extract.entity;

import java.util.Objects;

/**
 * An entity an article mentions.
 *
 * @param type          person, organisation or place
 * @param canonicalName the entity's canonical Arabic name
 * @param mentionCount  how many times the article mentions it, at least 1
 */
public record EntityMention(EntityType type, String canonicalName, int mentionCount) {

    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonicalName, "canonicalName");
        if (mentionCount < 1) {
            throw new IllegalArgumentException("mentionCount must be at least 1: " + mentionCount);
        }
    }
}
