package dev.mux.server.buffer;

import java.nio.charset.StandardCharsets;

/**
 * One paste buffer: its name, its text, whether the server named it (an automatic
 * {@code bufferN}, dropped first when there are too many), its place in time (higher is newer) and
 * when it was made (seconds since the epoch; a rename keeps it, as in tmux).
 */
public record PasteBuffer(String name, String data, boolean automatic, long order, long created) {
    /** How much of the text list-buffers shows, as tmux's paste_make_sample. */
    static final int SAMPLE_LENGTH = 200;

    /** The size list-buffers prints: bytes of the text as UTF-8, as it is pasted. */
    public int size() {
        return data.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The start of the text with control characters made visible, "..." when there is more. */
    public String sample() {
        int end = data.offsetByCodePoints(0, Math.min(SAMPLE_LENGTH, data.codePointCount(0, data.length())));
        String visible = Visible.escape(data.substring(0, end));
        if (end == data.length() && visible.length() <= SAMPLE_LENGTH) return visible;
        return visible.substring(0, Math.min(SAMPLE_LENGTH, visible.length())) + "...";
    }
}
