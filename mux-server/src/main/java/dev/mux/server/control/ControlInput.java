package dev.mux.server.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * A control client's standard input cut into lines, as the bytes arrive in any pieces. The end of
 * input counts as an empty line (both end the client once the lines before are done). A line
 * longer than {@link #MAX_LINE_BYTES} is cut there, so garbage without newlines costs no more; a
 * line ends at a NUL byte, as tmux reads it.
 */
final class ControlInput {
    static final int MAX_LINE_BYTES = 64 * 1024;
    /** What the end of input leaves in the queue: it ends the client as an empty line does. */
    static final String END = "";

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private boolean ended;

    void add(byte[] bytes) {
        if (ended) return;
        for (byte b : bytes) {
            if (b == '\n') {
                complete();
            } else if (partial.size() < MAX_LINE_BYTES) {
                partial.write(b);
            }
        }
    }

    void end() {
        if (ended) return;
        if (partial.size() > 0) complete();
        lines.add(END);
        ended = true;
    }

    /** The next whole line, or null. */
    String next() {
        return lines.poll();
    }

    private void complete() {
        // Only LF ends a line, as in tmux: a CR before it stays part of the line. tmux reads a line
        // as a C string, so it ends at a NUL byte (and one that begins with NUL is empty: it detaches).
        String line = partial.toString(StandardCharsets.UTF_8);
        int nul = line.indexOf('\0');
        lines.add(nul < 0 ? line : line.substring(0, nul));
        partial.reset();
    }
}
