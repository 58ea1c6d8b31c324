package org.marsad.core.extract.duplicate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.WordChars;

/**
 * MinHash signature of a text's three-word shingles, after normalising the words (no diacritics, one
 * form of alef, ya and ha): the share of equal positions in two signatures estimates the Jaccard
 * similarity of the two shingle sets. For lookup at scale the 64 values are cut into 16 bands of 4; two
 * texts with Jaccard similarity 0.8 share a band with probability above 0.999, two with 0.3 with
 * probability about 0.12, and candidates are then checked on the whole signature.
 */
public final class MinHash {

    public static final int SIZE = 64;
    public static final int BANDS = 16;
    private static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 3;
    /** Estimated Jaccard similarity from which two articles are near duplicates. */
    public static final double NEAR_DUPLICATE = 0.7;

    private static final long[] SEEDS = new long[SIZE];
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    public static int[] signature(String text) {
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            equal += a[i] == b[i] ? 1 : 0;
        }
        return (double) equal / SIZE;
    }

    /** The 16 band keys an index looks candidates up by. */
    public static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }

    /**
     * The distinct hashes of the text's three-word shingles: FNV-1a over the UTF-8 bytes of the words joined by
     * single spaces, finalised by {@link #mix}. Stored signatures depend on these exact values: the words are
     * encoded once and hashed in place rather than joined into strings, which cost more than the hashing.
     */
    private static long[] shingles(String text) {
        List<byte[]> words = WordChars.words(ArabicMatchKey.of(text)).stream().map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
        int count = Math.max(1, words.size() - SHINGLE + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
                if (w > i) {
                    h = fnv(h, (byte) ' ');
                }
                for (byte b : words.get(w)) {
                    h = fnv(h, b);
                }
            }
            hashes[i] = mix(h);
        }
        return LongStream.of(hashes).distinct().toArray();
    }

    private static long fnv(long h, byte b) {
        return (h ^ (b & 0xFF)) * FNV_PRIME;
    }

    /** SplitMix64's finaliser: a full 64-bit avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
