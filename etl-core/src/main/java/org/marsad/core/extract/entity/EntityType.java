package org.marsad.core.extract.entity;

/** The kinds of named entity the warehouse records ({@code bi_entity_mention.entity_type}). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
