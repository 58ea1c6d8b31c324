package org.marsad.jobs.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The input folder as the extract step reads it: a file is read only when it is, at the moment it is
 * read, a regular file below the folder. Symbolic links, on the file or on a folder of its path, are
 * not followed unless {@code followLinks} is set, and then only when they lead to a place inside the
 * folder; the last component is opened with {@code O_NOFOLLOW}, and the folder the file was read from
 * is checked again afterwards, so a link swapped in while the run goes on reads nothing outside.
 */
final class InputFolder {

    /** Why a listed file is not read; the message is its quarantine reason. */
    static final class RefusedFileException extends IOException {
        RefusedFileException(String message) {
            super(message);
        }
    }

    private final Path root;
    private final Path realRoot;
    private final boolean followLinks;

    InputFolder(Path root, boolean followLinks) {
        this.root = root.toAbsolutePath().normalize();
        this.followLinks = followLinks;
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("input is not a readable folder: " + root, e);
        }
    }

    /** The file's bytes, at most {@code maxBytes} of them: a file that grew past the limit since it was listed is refused. */
    byte[] read(String relativePath, long maxBytes) throws IOException {
        Path file = resolve(relativePath);
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, linkOptions());
        if (!attrs.isRegularFile()) {
            throw new RefusedFileException("no longer a regular file");
        }
        if (attrs.size() > maxBytes) {
            throw new RefusedFileException("file too large: " + attrs.size() + " bytes, the limit is " + maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, linkOptions())) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new RefusedFileException("symbolic link: not followed");
            }
            throw e;
        }
        if (bytes.length > maxBytes) {
            throw new RefusedFileException("file too large: more than " + maxBytes + " bytes, the limit");
        }
        checkStillInside(file);
        return bytes;
    }

    /** The path below the root, each folder on the way checked: none may be a link (or, when links are followed, lead outside). */
    private Path resolve(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new RefusedFileException("path leaves the input folder");
        }
        Path walked = root;
        for (Path name : root.relativize(file)) {
            walked = walked.resolve(name);
            if (Files.isSymbolicLink(walked)) {
                if (!followLinks) {
                    throw new RefusedFileException(walked.equals(file) ? "symbolic link: not followed"
                            : "a folder on its path is a symbolic link: not followed");
                }
                if (!walked.toRealPath().startsWith(realRoot)) {
                    throw new RefusedFileException("symbolic link leads outside the input folder");
                }
            }
        }
        return file;
    }

    /** The folder the bytes came from is still the one below the root: a folder swapped for a link meanwhile is caught. */
    private void checkStillInside(Path file) throws IOException {
        Path realParent = file.getParent().toRealPath();
        boolean inside = followLinks ? realParent.startsWith(realRoot)
                : realParent.equals(realRoot.resolve(root.relativize(file.getParent())).normalize());
        if (!inside) {
            throw new RefusedFileException("its folder changed into a symbolic link while it was read");
        }
    }

    private LinkOption[] linkOptions() {
        return followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }
}
