package org.marsad.core.encoding;

/** How a {@link CharsetDetection} was decided, from the strongest evidence to the weakest. */
public enum DetectionMethod {
    /** A byte order mark at the start of the bytes. */
    BYTE_ORDER_MARK,
    /** The code-unit pattern of UTF-16 text that carries no byte order mark. */
    UTF16_PATTERN,
    /** The bytes are well-formed UTF-8 (pure ASCII included). */
    UTF8_VALIDATION,
    /** Decoding with a single-byte Arabic charset yields Arabic text and nothing stray. */
    ARABIC_LETTER_SCORE,
    /** ICU's statistical recogniser (the copy shipped in Tika). */
    STATISTICAL,
    /** The bytes were UTF-8, but of text once misread as windows-1252 and saved again: repaired. */
    MOJIBAKE_REPAIR,
    /** Nothing decided; the fallback charset was used. */
    FALLBACK
}
