package dev.mux.e2e;

import static dev.mux.e2e.TypedBytes.hexArguments;
import static dev.mux.e2e.TypedBytes.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys typed into a terminal as tmux 3.3a reads them (tty-keys.c) and sends them on to a pane
 * (input-keys.c): the same bytes typed into a terminal attached to tmux and one attached to mux,
 * and the same send-keys, must reach a program in a pane as the same bytes, in a pane whose program
 * asked for extended keys and in one whose did not. The bytes are an ESC before an extended key
 * (M-Escape, then text), the modified keys of rxvt and of older xterms, xterm's modifier 9 (Meta),
 * and an ESC before such keys; the names are special keys with modifiers that have no sequence.
 */
class TypedKeysDifferentialTest {
    private static final List<String> TYPED = List.of("\033\033[13;5u", "\033\033[27;5;13~", "\033[11@", "\033[11^",
            "\033[24$", "\033Oa", "\033[d", "\033O5P", "\033O1;2Q", "\033[1;9A", "\033\033[7^", "\033\033[1;3A",
            "\033\033[H", "\033[H", "#");
    private static final List<String> NAMED = List.of("C-BTab", "S-BTab", "M-S-BTab", "M-BTab", "C-KP1", "S-KP1",
            "M-KP1", "C-M-KP.", "C-S-F1", "M-C-Home", "#");
    private static final List<String> WINDOWS = List.of("plain", "asks");

    @TempDir
    Path scratch;

    @Test
    void keysReachProgramsAsTmuxSendsThem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "80", "-y", "20");
            twins.same("set", "-g", "status", "off");
            twins.same("set", "-s", "extended-keys", "on");
            for (String window : WINDOWS) startReader(twins, window, window.equals("asks"));
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "TERM=xterm-256color", "tmux", "-S",
                    scratch.resolve("tmux.sock").toString(), "attach", "-t", "s"));
            String muxAttach = "env TERM=xterm-256color " + mux.muxShellLine("attach", "-t", "s");
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-outer", 80, 20);
                    OuterTmux muxTerminal = OuterTmux.start(mux, muxAttach, "mux-outer", 80, 20)) {
                List<OuterTmux> terminals = List.of(tmuxTerminal, muxTerminal);
                for (String window : WINDOWS) {
                    twins.same("select-window", "-t", "s:" + window);
                    for (OuterTmux terminal : terminals) {
                        terminal.waitForScreen("the reader in " + window, screen -> screen.contains("ready-" + window));
                        for (String typed : TYPED) terminal.sendKeys(hexArguments(typed));
                    }
                    // The typed keys are all in before send-keys writes to the same programs.
                    for (String server : List.of("tmux", "mux")) received(scratch.resolve(server + "-" + window), 1);
                    String[] named = NAMED.stream().toArray(String[]::new);
                    twins.same(concat(new String[] {"send-keys", "-t", "s:" + window}, named));
                    String tmuxGot = received(scratch.resolve("tmux-" + window), 2);
                    String muxGot = received(scratch.resolve("mux-" + window), 2);
                    assertEquals(tmuxGot, muxGot, "what the program in " + window + " read");
                    assertTrue(muxGot.startsWith("^[^[[13;5u^[^[[27;5;13~^[[1;6P"), muxGot);
                }
                bindingsSeeTheKeysTmuxSees(twins, terminals);
            }
        }
    }

    /**
     * A binding of M-Escape runs for an ESC before an extended key; after the prefix, an unbound
     * M-Escape is dropped. Each key waits for the last one's effect: tmux looks up no key that comes
     * within assume-paste-time of the one before.
     */
    private void bindingsSeeTheKeysTmuxSees(TwinServers twins, List<OuterTmux> terminals) {
        twins.same("bind", "-n", "M-Escape", "send-keys", "-l", "<M-Escape>");
        twins.same("bind", "-n", "C-S-F1", "send-keys", "-l", "<C-S-F1>");
        typeAndAwait(terminals, "\033\033[13;5u", "<M-Escape>[13;5u");
        typeAndAwait(terminals, "\033[11@", "<C-S-F1>");
        twins.same("unbind", "-n", "M-Escape");
        for (OuterTmux terminal : terminals) terminal.sendKeys("-H", "02");
        Poll.until("tmux's prefix", () -> twins.tmux("list-clients", "-F", "#{client_key_table}").out(),
                table -> table.strip().equals("prefix"));
        Poll.until("mux's prefix", () -> twins.mux("list-clients", "-F", "#{client_key_table}").out(),
                table -> table.strip().equals("prefix"));
        for (OuterTmux terminal : terminals) terminal.sendKeys(hexArguments("\033\033[13;5u#"));
        String tmuxGot = received(scratch.resolve("tmux-asks"), 3);
        String muxGot = received(scratch.resolve("mux-asks"), 3);
        assertEquals(tmuxGot, muxGot, "bindings of M-Escape and C-S-F1, and the prefix before M-Escape");
        assertTrue(muxGot.endsWith("#<M-Escape>[13;5u<C-S-F1>[13;5u#"), muxGot);
    }

    private void typeAndAwait(List<OuterTmux> terminals, String typed, String effect) {
        for (OuterTmux terminal : terminals) terminal.sendKeys(hexArguments(typed));
        for (String server : List.of("tmux", "mux")) read(scratch.resolve(server + "-asks"), got -> got.endsWith(effect));
    }

    /** A window whose program (asking first, if {@code asks}, for extended keys) reads its terminal raw into a file. */
    private void startReader(TwinServers twins, String window, boolean asks) {
        for (String server : List.of("tmux", "mux")) {
            String file = Shell.quote(scratch.resolve(server + "-" + window).toString());
            String program = (asks ? "printf '\\033[>4;1m'; " : "") + "stty raw -echo; printf ready-" + window
                    + "; exec cat > " + file;
            Run made = server.equals("tmux") ? twins.tmux("new-window", "-n", window, program)
                    : twins.mux("new-window", "-n", window, program);
            assertEquals(0, made.status(), made.err());
        }
    }

    /** What the reader wrote (control characters as ^X) once it holds {@code marks} #'s, the end of each round. */
    private static String received(Path file, int marks) {
        return read(file, got -> got.endsWith("#") && got.split("#", -1).length > marks);
    }

    private static String read(Path file, java.util.function.Predicate<String> done) {
        return Poll.until("the keys in " + file.getFileName(), () -> {
            try {
                return Files.exists(file) ? visible(Files.readString(file, StandardCharsets.ISO_8859_1)) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done);
    }



    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
