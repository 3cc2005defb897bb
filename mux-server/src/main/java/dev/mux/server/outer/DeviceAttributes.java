package dev.mux.server.outer;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a terminal says of itself, as tmux 3.3a asks and reads it: the secondary device attributes
 * ({@code CSI > c}, answered {@code CSI > Pp ; ... c}) and XTVERSION ({@code CSI > q}, answered
 * {@code DCS > | name version ST}). A known terminal brings the features tmux gives it
 * (tty_default_features): tmux, iTerm2, XTerm, mintty, rxvt-unicode; a VT420 margins and rectfill.
 */
public final class DeviceAttributes {
    /** The two requests, sent once to a VT100-like terminal. */
    public static final String REQUESTS = "\033[>c\033[>q";

    private static final String MODERN_XTERM = "256,RGB,bpaste,clipboard,mouse,strikethrough,title";
    private static final String MINTTY = MODERN_XTERM + ",ccolour,cstyle,extkeys,margins,overline,usstyle";
    private static final String TMUX = MODERN_XTERM + ",ccolour,cstyle,focus,overline,usstyle";
    private static final String RXVT = "256,bpaste,ccolour,cstyle,mouse,title";
    private static final String ITERM2 = MODERN_XTERM + ",cstyle,extkeys,margins,usstyle,sync,osc7";
    private static final String XTERM = MODERN_XTERM + ",ccolour,cstyle,extkeys,focus";
    private static final int VT420 = 41;
    /** The longest reply read; a longer one is not a reply (tmux's buffers are as small). */
    private static final int MAX_REPLY = 128;

    private DeviceAttributes() {
    }

    /**
     * {@code input} without the replies it holds whole, the features they bring added to
     * {@code learnt}; the same array if it holds none.
     */
    public static byte[] take(byte[] input, Set<Feature> learnt) {
        return take(input, learnt, name -> { });
    }

    /** As above; {@code named} is given the name and version an XTVERSION reply says (tmux's #{client_termtype}). */
    public static byte[] take(byte[] input, Set<Feature> learnt, Consumer<String> named) {
        if (indexOf(input, (byte) 0x1b, 0) < 0) return input;
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(input.length);
        boolean found = false;
        int i = 0;
        while (i < input.length) {
            int end = replyEnd(input, i, learnt, named);
            if (end > i) {
                found = true;
                i = end;
            } else {
                kept.write(input[i++]);
            }
        }
        return found ? kept.toByteArray() : input;
    }

    /** The end of a reply starting at {@code at}, or {@code at} if none does. */
    private static int replyEnd(byte[] input, int at, Set<Feature> learnt, Consumer<String> named) {
        if (startsWith(input, at, "\033[>")) {
            for (int i = at + 3; i < input.length && i - at < MAX_REPLY; i++) {
                byte b = input[i];
                if (b == 'c') {
                    secondary(new String(input, at + 3, i - at - 3, StandardCharsets.US_ASCII), learnt);
                    return i + 1;
                }
                if (!(b >= '0' && b <= '9' || b == ';')) return at;
            }
        } else if (startsWith(input, at, "\033P>|")) {
            for (int i = at + 4; i + 1 < input.length && i - at < MAX_REPLY; i++) {
                if (input[i] == 0x1b && input[i + 1] == '\\') {
                    String name = new String(input, at + 4, i - at - 4, StandardCharsets.UTF_8);
                    version(name, learnt);
                    named.accept(name);
                    return i + 2;
                }
            }
        }
        return at;
    }

    private static void secondary(String parameters, Set<Feature> learnt) {
        String first = parameters.split(";", -1)[0];
        int kind;
        try {
            kind = Integer.parseInt(first);
        } catch (NumberFormatException e) {
            return;
        }
        switch (kind) {
            case VT420 -> add(learnt, "margins,rectfill");
            case 'M' -> add(learnt, MINTTY);
            case 'T' -> add(learnt, TMUX);
            case 'U' -> add(learnt, RXVT);
            default -> { }
        }
    }

    private static void version(String name, Set<Feature> learnt) {
        if (name.startsWith("iTerm2 ")) add(learnt, ITERM2);
        else if (name.startsWith("tmux ")) add(learnt, TMUX);
        else if (name.startsWith("XTerm(")) add(learnt, XTERM);
        else if (name.startsWith("mintty ")) add(learnt, MINTTY);
    }

    private static void add(Set<Feature> learnt, String features) {
        EnumSet<Feature> found = EnumSet.noneOf(Feature.class);
        for (String name : List.of(features.split(","))) found.add(Feature.named(name));
        learnt.addAll(found);
    }

    private static boolean startsWith(byte[] input, int at, String prefix) {
        if (at + prefix.length() > input.length) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (input[at + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    private static int indexOf(byte[] input, byte b, int from) {
        for (int i = from; i < input.length; i++) {
            if (input[i] == b) return i;
        }
        return -1;
    }
}
