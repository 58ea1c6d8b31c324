package org.marsad.core.read;

/** A file that yields no article. The message is the reason an operator reads in the quarantine list. */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
