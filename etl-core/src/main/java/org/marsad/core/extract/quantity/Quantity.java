package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number an article states, tied to what it counts.
 *
 * @param category    what it counts
 * @param amount      the number in full: 88 مليار دولار is 88000000000; the bottom of a range
 * @param high        the top of a range (بين 25 و30: 30), else null
 * @param unit        null, an ISO 4217 code ({@code USD}, {@code IQD}), an area's ({@code KM2}), or the
 *                    currency word itself when nothing says which country's it is
 * @param approximate the text hedges it (نحو, قرابة, أكثر من, على الأقل, عشرات, a range)
 * @param kind        what it covers: this incident, a period, a toll since a start, a rate
 * @param sentence    the sentence it was found in
 * @param start       where the number begins in the sentence, or -1 when not known
 * @param end         where the number ends in the sentence (its scale word included), or -1
 */
public record Quantity(QuantityCategory category, BigDecimal amount, BigDecimal high, String unit, boolean approximate,
        QuantityKind kind, String sentence, int start, int end) {

    public Quantity {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** A count whose place in its sentence is not known. */
    public Quantity(QuantityCategory category, BigDecimal amount, BigDecimal high, String unit, boolean approximate,
            QuantityKind kind, String sentence) {
        this(category, amount, high, unit, approximate, kind, sentence, -1, -1);
    }

    /** A single figure of one incident. */
    public Quantity(QuantityCategory category, BigDecimal amount, String unit, boolean approximate, String sentence) {
        this(category, amount, null, unit, approximate, QuantityKind.EVENT, sentence);
    }
}
