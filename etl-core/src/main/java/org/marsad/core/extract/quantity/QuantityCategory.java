package org.marsad.core.extract.quantity;

/** What a stated number counts ({@code bi_quantity.category}). */
public enum QuantityCategory {
    KILLED, WOUNDED, ARRESTED, OPERATIONS, AIRSTRIKES, COUNTRIES, MONEY, AREA, PEOPLE, OTHER
}
