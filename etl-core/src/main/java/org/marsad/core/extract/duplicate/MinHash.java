package org.marsad.core.extract.duplicate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.core.extract.entity.ArabicMatchKey;

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

    private static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : ArabicMatchKey.of(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> shingles = new HashSet<>();
        if (words.size() < SHINGLE) {
            shingles.add(hash(String.join(" ", words)));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        return shingles;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a full 64-bit avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
