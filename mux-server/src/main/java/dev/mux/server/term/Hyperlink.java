package dev.mux.server.term;

/**
 * An OSC 8 hyperlink a program put on cells: its URI, the {@code id} parameter it gave ("" when it
 * gave none) and a serial number unique in the server. Cells of one link are one link even where
 * they are apart (a link wrapped over lines, or redrawn around other text), as the OSC 8
 * specification has it: links with the same id and URI share a serial, while every link without
 * an id is a link of its own, as in tmux 3.4.
 */
public record Hyperlink(String id, String uri, long serial) {
    /** Longest URI kept: the specification lets terminals ignore longer ones, and it bounds memory. */
    public static final int MAX_URI = 2083;
    /** Longest id kept, for the same reason. */
    public static final int MAX_ID = 250;
}
