package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each key of tmux 3.3a's default prefix table, pressed in an attached client, does what tmux's
 * does: after every key (and what it asks for: a prompt's answer, a key to leave a mode) the outer
 * terminals around a tmux and a mux client, and the windows, panes, buffers and clients of the two
 * servers, are the same. The keys follow one another in one session, so each starts from the
 * state the ones before left.
 */
class PrefixKeysDifferentialTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path scratch;

    @Test
    void panesAndLayouts() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins);
            try (TwinTerminals terminals = TwinTerminals.attach(mux, twins, "s", COLUMNS, ROWS)) {
                for (String key : List.of("\"", "%", "Up", "Left", "Down", "Right", "o", ";", "C-Up", "C-Down",
                        "C-Left", "C-Right", "M-Up", "M-Down", "M-Left", "M-Right", "M-1", "M-2", "M-3", "M-4", "M-5",
                        "Space", "E", "z", "z", "{", "}", "C-o", "M-o", "m", "M", "!", "r", "S-Up", "DC")) {
                    terminals.typeAndCompare("C-b " + key, "C-b", key);
                }
                terminals.typeAndCompare("C-b x", "C-b", "x");
                terminals.typeAndCompare("y to kill the pane", "y");
            }
        }
    }

    @Test
    void windowsSessionsAndPrompts() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins);
            try (TwinTerminals terminals = TwinTerminals.attach(mux, twins, "s", COLUMNS, ROWS)) {
                for (String key : List.of("c", "c", "n", "p", "l", "0", "2", "M-n", "M-p", ")", "(", "L", "i")) {
                    terminals.typeAndCompare("C-b " + key, "C-b", key);
                }
                prompted(terminals, "'", "1");
                prompted(terminals, ",", "x");
                prompted(terminals, ".", "7");
                prompted(terminals, "$", "z");
                prompted(terminals, ":", "select-window -t :0");
                terminals.typeAndCompare("C-b /", "C-b", "/");
                terminals.typeAndCompare("c, the key to describe", "c");
                terminals.typeAndCompare("C-b &", "C-b", "&");
                terminals.typeAndCompare("y to kill the window", "y");
                terminals.typeAndCompare("C-b C-b", "C-b", "C-b");
                terminals.typeAndCompare("C-b d", "C-b", "d");
            }
        }
    }

    @Test
    void modesAndBuffers() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins);
            try (TwinTerminals terminals = TwinTerminals.attach(mux, twins, "s", COLUMNS, ROWS)) {
                for (String key : List.of("[", "PPage", "t", "w", "s", "=", "?", "#", "q")) {
                    terminals.typeAndCompare("C-b " + key, "C-b", key);
                    terminals.typeAndCompare("q after C-b " + key, "q");
                }
                terminals.typeAndCompare("C-b ]", "C-b", "]");
                terminals.typeAndCompare("C-b -", "C-b", "-");
                prompted(terminals, "f", "w0");
                terminals.typeAndCompare("q to leave the found windows", "q");
                for (String key : List.of("<", ">")) {
                    terminals.typeAndCompare("C-b " + key, "C-b", key);
                    terminals.typeAndCompare("Escape after C-b " + key, "Escape");
                }
            }
        }
    }

    /** A key that opens a prompt, the answer typed after what the prompt offers, and Enter. */
    private static void prompted(TwinTerminals terminals, String key, String answer) {
        terminals.typeAndCompare("C-b " + key, "C-b", key);
        terminals.typeAndCompare(answer + " typed after C-b " + key, "-l", answer);
        terminals.typeAndCompare("Enter after C-b " + key, "Enter");
    }

    /**
     * Session s with two windows of silent programs, session t beside it, and a paste buffer. The
     * status line leaves out the time and host, names stay as given, and a repeatable key does not
     * swallow the next prefix.
     */
    private static void setUp(TwinServers twins) {
        twins.same("new-session", "-d", "-s", "s", "-n", "w0", "exec sleep 3600");
        twins.same("set", "-g", "default-command", "exec sleep 3600");
        twins.same("set", "-g", "automatic-rename", "off");
        twins.same("set", "-g", "status-right", "");
        twins.same("set", "-g", "repeat-time", "0");
        twins.same("set", "-g", "display-time", "10000");
        twins.same("set", "-g", "display-panes-time", "10000");
        twins.same("new-window", "-d", "-n", "w1");
        twins.same("new-session", "-d", "-s", "t", "-n", "t0");
        twins.same("set-buffer", "-b", "first", "pasted text");
    }
}
