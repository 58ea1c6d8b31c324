package org.marsad.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens {@code .zip} and {@code .gz} archives; every entry is an article file of its own, read by the
 * same reader (so an archive may hold JSON Lines, HTML or another archive). Limits on the number of
 * entries, the total expanded size and the nesting depth stop archive bombs: an archive that exceeds
 * one is refused whole, with the limit it broke.
 */
final class ArchiveEntries {

    /** Reads one entry's bytes into its records. */
    interface EntryReader {
        List<ReadRecord> read(String name, byte[] bytes, int depth) throws UnreadableFileException;
    }

    private final int maxEntries;
    private final long maxExpandedBytes;
    private final int maxDepth;

    ArchiveEntries(int maxEntries, long maxExpandedBytes, int maxDepth) {
        this.maxEntries = maxEntries;
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxDepth = maxDepth;
    }

    List<ReadRecord> expandZip(byte[] bytes, int depth, EntryReader reader) throws UnreadableFileException {
        checkDepth(depth);
        List<ReadRecord> records = new ArrayList<>();
        Budget budget = new Budget();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                if (++budget.entries > maxEntries) {
                    throw new UnreadableFileException("archive refused: more than " + maxEntries + " entries");
                }
                byte[] data = readBounded(zip, budget);
                addEntry(records, "!/" + entry.getName(), entry.getName(), data, depth, reader);
            }
        } catch (IOException e) {
            throw new UnreadableFileException("zip archive could not be read: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new UnreadableFileException("zip archive without files");
        }
        return records;
    }

    List<ReadRecord> expandGzip(String fileName, byte[] bytes, int depth, EntryReader reader) throws UnreadableFileException {
        checkDepth(depth);
        String inner = fileName.replaceFirst("(?i)\\.t?gz$", fileName.toLowerCase().endsWith(".tgz") ? ".tar" : "");
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] data = readBounded(gz, new Budget());
            List<ReadRecord> records = new ArrayList<>();
            addEntry(records, "!/" + inner, inner, data, depth, reader);
            return records;
        } catch (IOException e) {
            throw new UnreadableFileException("gzip file could not be read: " + e.getMessage(), e);
        }
    }

    private void addEntry(List<ReadRecord> records, String prefix, String name, byte[] data, int depth, EntryReader reader) {
        try {
            for (ReadRecord r : reader.read(name, data, depth + 1)) {
                records.add(new ReadRecord(r.entry() == null ? prefix : prefix + r.entry(), r.document(), r.error()));
            }
        } catch (UnreadableFileException e) {
            records.add(ReadRecord.failed(prefix, e.getMessage()));
        }
    }

    private void checkDepth(int depth) throws UnreadableFileException {
        if (depth >= maxDepth) {
            throw new UnreadableFileException("archive refused: nested more than " + maxDepth + " deep");
        }
    }

    private byte[] readBounded(InputStream in, Budget budget) throws IOException, UnreadableFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            budget.bytes += n;
            if (budget.bytes > maxExpandedBytes) {
                throw new UnreadableFileException("archive refused: expands to more than " + maxExpandedBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isHidden(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        return name.startsWith(".") || entryName.startsWith("__MACOSX/");
    }

    private static final class Budget {
        int entries;
        long bytes;
    }
}
