package org.marsad.app;

/**
 * The JVM names files in the encoding of the locale it started in, and cannot be told otherwise once
 * running. Under cron, systemd or a container with no {@code LANG}, that is ASCII: every Arabic file
 * name reads as question marks and cannot be opened, so a run would quarantine or miss the night's
 * files. Marsad refuses to start then, in one line that names the fix.
 */
final class FileNameEncoding {

    private FileNameEncoding() {
    }

    /** Why the process must not start with this file name encoding, or null when it is UTF-8. */
    static String refusal(String fileNameEncoding) {
        if (fileNameEncoding == null || fileNameEncoding.equalsIgnoreCase("UTF-8") || fileNameEncoding.equalsIgnoreCase("UTF8")) {
            return null;
        }
        return "marsad: file names need a UTF-8 locale, and this process has " + fileNameEncoding
                + " (LANG and LC_ALL unset or not UTF-8): start it with LANG=C.UTF-8"
                + " (crontab: a line LANG=C.UTF-8; systemd: Environment=LANG=C.UTF-8)";
    }
}
