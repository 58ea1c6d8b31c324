package org.marsad.core.extract.entity;

/**
 * Tags the tokens of a sentence with names, BIO style ({@code B-PERS}, {@code I-ORG}, {@code O}): what a
 * trained sequence model gives the {@link EntityFinder}. Implementations are thread-safe.
 */
public interface NameTagger {

    String[] tag(String[] tokens);
}
