package dev.mux.server.term;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The working directory a program reports with OSC 7, a {@code file://HOST/PATH} URL whose path is
 * percent-encoded. It names a directory on this machine only when the host is empty,
 * {@code localhost} or this machine's name: a shell logged in elsewhere reports that machine's.
 */
public final class ReportedDirectory {
    private static final String SCHEME = "file://";

    private ReportedDirectory() {
    }

    /**
     * The local directory {@code url} names, or null if it names none here (another host, not a
     * {@code file} URL, a path that is not absolute, or a bad escape).
     */
    public static String localPath(String url, String hostName) {
        if (url == null || !url.startsWith(SCHEME)) {
            return null;
        }
        int slash = url.indexOf('/', SCHEME.length());
        if (slash < 0) {
            return null;
        }
        String host = url.substring(SCHEME.length(), slash);
        if (!host.isEmpty() && !host.equalsIgnoreCase("localhost") && !host.equalsIgnoreCase(hostName)) {
            return null;
        }
        return decode(url.substring(slash));
    }

    private static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int index = 0; index < path.length(); index++) {
            char next = path.charAt(index);
            if (next != '%') {
                bytes.writeBytes(String.valueOf(next).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (index + 2 >= path.length()) {
                return null;
            }
            int high = Character.digit(path.charAt(index + 1), 16);
            int low = Character.digit(path.charAt(index + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high << 4 | low);
            index += 2;
        }
        String decoded = bytes.toString(StandardCharsets.UTF_8);
        return decoded.indexOf('\0') >= 0 ? null : decoded;
    }
}
