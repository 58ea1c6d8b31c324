package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number an article states, tied to what it counts.
 *
 * @param category    what it counts
 * @param amount      the number in full: 88 مليار دولار is 88000000000
 * @param unit        null, or a code such as {@code USD}, {@code IQD}, {@code KM2}
 * @param approximate the text hedges it (نحو, قرابة, أكثر من, عشرات)
 * @param sentence    the sentence it was found in
 */
public record Quantity(QuantityCategory category, BigDecimal amount, String unit, boolean approximate, String sentence) {

    public Quantity {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sentence, "sentence");
    }
}
