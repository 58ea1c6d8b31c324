package org.marsad.core.extract.quantity;

/**
 * What a stated count covers ({@code bi_quantity.kind}): this incident, a stated period, a toll since a
 * start, or a rate. Only EVENT and PERIOD_TOTAL counts add up per month.
 */
public enum QuantityKind {
    /** This incident: مقتل 5 في هجوم. */
    EVENT,
    /** A stated period: هذا العام, الشهر الماضي, منذ يناير, للربع الثاني. */
    PERIOD_TOTAL,
    /** A toll since a start: منذ 2011, منذ بدء الحرب, منذ اندلاع الاحتجاجات. */
    CUMULATIVE,
    /** Per something: per day, per 100,000, a price per barrel, per share, an exchange rate. */
    RATE
}
