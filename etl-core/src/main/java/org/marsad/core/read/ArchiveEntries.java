package org.marsad.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens {@code .zip} and {@code .gz} archives; every entry is an article file of its own, read by the
 * same reader (so an archive may hold JSON Lines, HTML or another archive). Limits on the number of
 * entries, the total expanded size and the nesting depth stop archive bombs: an archive that exceeds
 * one is refused whole, with the limit it broke; an entry larger than one file may be is refused alone.
 */
final class ArchiveEntries {

    /** Reads one entry's bytes into its records. */
    interface EntryReader {
        List<ReadRecord> read(String name, byte[] bytes, int depth) throws UnreadableFileException;
    }

    private final int maxEntries;
    private final long maxExpandedBytes;
    private final long maxEntryBytes;
    private final int maxDepth;

    ArchiveEntries(int maxEntries, long maxExpandedBytes, long maxEntryBytes, int maxDepth) {
        this.maxEntries = maxEntries;
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * Reads a zip from its central directory (commons-compress), which records what each entry is: a
     * symbolic link entry is not read (its "content" is the path of its target), nor is an entry whose
     * name would leave the archive's folder. Each gets a record with the reason, as hidden entries do.
     */
    List<ReadRecord> expandZip(byte[] bytes, int depth, EntryReader reader) throws UnreadableFileException {
        checkDepth(depth);
        List<ReadRecord> records = new ArrayList<>();
        Budget budget = new Budget();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++budget.entries > maxEntries) {
                    throw new UnreadableFileException("archive refused: more than " + maxEntries + " entries");
                }
                String prefix = "!/" + entry.getName();
                String refusal = refusal(entry);
                if (refusal != null) {
                    records.add(ReadRecord.failed(prefix, refusal));
                    continue;
                }
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = readBounded(in, budget);
                } catch (EntryTooLargeException e) {
                    records.add(ReadRecord.failed(prefix, e.getMessage()));
                    continue;
                }
                addEntry(records, prefix, entry.getName(), data, depth, reader);
            }
        } catch (IOException e) {
            throw new UnreadableFileException("zip archive could not be read: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new UnreadableFileException("zip archive without files");
        }
        return records;
    }

    /** Why an entry is not read, or null to read it. */
    private static String refusal(ZipArchiveEntry entry) {
        String name = entry.getName();
        if (entry.isUnixSymlink()) {
            return "archive entry is a symbolic link: not followed";
        }
        if (name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0 || name.matches("(?s)(.*/)?\\.\\.(/.*)?")
                || name.matches("(?s)^[A-Za-z]:.*")) {
            return "archive entry name is unsafe (absolute, or leaves its folder): not read";
        }
        if (isHidden(name)) {
            return "hidden archive entry: not an article";
        }
        return null;
    }

    List<ReadRecord> expandGzip(String fileName, byte[] bytes, int depth, EntryReader reader) throws UnreadableFileException {
        checkDepth(depth);
        String inner = fileName.replaceFirst("(?i)\\.t?gz$", fileName.toLowerCase().endsWith(".tgz") ? ".tar" : "");
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] data = readBounded(gz, new Budget());
            List<ReadRecord> records = new ArrayList<>();
            addEntry(records, "!/" + inner, inner, data, depth, reader);
            return records;
        } catch (EntryTooLargeException e) {
            throw new UnreadableFileException("gzip file refused: " + e.getMessage());
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

    /**
     * An entry's bytes, counted while they are read: the archive's total against {@code maxExpandedBytes}
     * (the whole archive is refused), the entry against {@code maxEntryBytes} (that entry is), so a
     * bomb is stopped before it is in memory, whatever sizes its headers claim.
     */
    private byte[] readBounded(InputStream in, Budget budget) throws IOException, UnreadableFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long entryBytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            budget.bytes += n;
            entryBytes += n;
            if (budget.bytes > maxExpandedBytes) {
                throw new UnreadableFileException("archive refused: expands to more than " + maxExpandedBytes + " bytes");
            }
            if (entryBytes > maxEntryBytes) {
                throw new EntryTooLargeException("entry expands to more than " + maxEntryBytes + " bytes, the limit for one file");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** One entry over the size of one file: that entry is refused, the archive's others are read. */
    private static final class EntryTooLargeException extends IOException {
        EntryTooLargeException(String message) {
            super(message);
        }
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
