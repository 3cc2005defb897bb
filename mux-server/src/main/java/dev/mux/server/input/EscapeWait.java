package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * escape-time, as tmux reads a client's keys: a key still incomplete at the end of what the client
 * sent (a lone Escape, or an escape sequence without its final byte) waits for the rest, which the
 * next bytes bring, so that Escape and a key within the time make the Meta key; when the time is up
 * what waited goes on as it is (a lone Escape is the Escape key). The caller keeps the time.
 */
public final class EscapeWait {
    private static final byte ESC = 0x1b;
    private static final byte[] NONE = new byte[0];

    private byte[] held = NONE;
    /** Counts holds, so that the timer of a hold the next bytes completed finds nothing. */
    private int generation;

    /**
     * What of the held bytes and {@code bytes} is ready to be read as keys; an incomplete key at the
     * end is held back when {@code wait} (escape-time is not 0).
     */
    public byte[] take(byte[] bytes, boolean wait) {
        byte[] all = held.length == 0 ? bytes : concat(held, bytes);
        int tail = wait ? incompleteTail(all) : all.length;
        held = tail == all.length ? NONE : Arrays.copyOfRange(all, tail, all.length);
        if (held.length > 0) generation++;
        return tail == all.length ? all : Arrays.copyOf(all, tail);
    }

    /** Whether bytes wait for the rest of their key; {@link #generation()} names this wait. */
    public boolean holding() {
        return held.length > 0;
    }

    public int generation() {
        return generation;
    }

    /** The time of wait {@code which} is up: what it held, or nothing if later bytes took it already. */
    public byte[] expire(int which) {
        if (which != generation || held.length == 0) return NONE;
        byte[] late = held;
        held = NONE;
        return late;
    }

    /** Where the incomplete key at the end of {@code all} starts, or its length if the last key is whole. */
    static int incompleteTail(byte[] all) {
        int escape = all.length - 1;
        while (escape >= 0 && all[escape] != ESC) escape--;
        if (escape < 0) return all.length;
        // ESC ESC starts Meta with an escape sequence (M-Up is ESC ESC [ A): both wait together.
        int start = escape > 0 && all[escape - 1] == ESC ? escape - 1 : escape;
        if (escape == all.length - 1) return start;
        byte introducer = all[escape + 1];
        if (introducer == 'O') return escape + 2 == all.length ? start : all.length;
        if (introducer != '[') return all.length;
        for (int i = escape + 2; i < all.length; i++) {
            if (all[i] < 0x20 || all[i] > 0x3f) return all.length;
        }
        // rxvt's S- keys end in $, a byte that would otherwise still be waiting for the final one.
        String tail = new String(all, escape, all.length - escape, StandardCharsets.ISO_8859_1);
        return TerminalKeys.lookup(tail) != null ? all.length : start;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
