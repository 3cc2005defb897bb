package dev.mux.e2e;

import static dev.mux.e2e.TypedBytes.hexArguments;
import static dev.mux.e2e.TypedBytes.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Extended keys as tmux 3.3a has them, for each value of the extended-keys option: the same bytes
 * typed into a terminal attached to tmux and one attached to mux (keys in both extended forms, and
 * keys the outer terminal itself encodes, which it sends in the extended form only if the client
 * asked it to) must reach a program in the pane as the same bytes, both in a pane whose program
 * asked for extended keys (modifyOtherKeys) and in one whose program did not.
 */
class ExtendedKeysDifferentialTest {
    /** C-Enter both ways, C-S-a, C-;, C-a, C-2, C-|, C-Tab, M-a, C-BSpace, a plain x and C-Up; then the end mark. */
    private static final List<String> TYPED = List.of("\033[27;5;13~", "\033[13;5u", "\033[97;6u", "\033[27;5;59~",
            "\033[97;5u", "\033[50;5u", "\033[124;5u", "\033[9;5u", "\033[97;3u", "\033[127;5u", "x", "\033[1;5A", "Z");
    /** Keys the outer terminal (a tmux) encodes as it was asked: extended only if the client asked it for extended keys. */
    private static final List<String> NAMED = List.of("C-Enter", "C-S-a", "C-\\;", "M-a", "C-Tab", "Y");

    @TempDir
    Path scratch;

    @Test
    void keysReachProgramsAsTmuxSendsThemForEachExtendedKeysValue() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "80", "-y", "20");
            twins.same("set", "-g", "status", "off");
            // The outer terminal is a tmux, which says it is tmux: tell both it can send extended keys.
            twins.same("set", "-as", "terminal-features", "xterm*:extkeys");
            for (String mode : List.of("off", "on", "always")) {
                // Before the windows: tmux gives "always" to panes made after it is set.
                twins.same("set", "-s", "extended-keys", mode);
                String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "TERM=xterm-256color", "tmux", "-S",
                        scratch.resolve("tmux.sock").toString(), "attach", "-t", "s"));
                String muxAttach = "env TERM=xterm-256color " + mux.muxShellLine("attach", "-t", "s");
                for (boolean asks : new boolean[] {false, true}) {
                    String window = (asks ? "asks-" : "plain-") + mode;
                    startReader(twins, scratch, window, asks);
                }
                try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-" + mode, 80, 20);
                        OuterTmux muxTerminal = OuterTmux.start(mux, muxAttach, "mux-" + mode, 80, 20)) {
                    // Drawn means attached and, for mux, the terminal asked for extended keys before the first frame.
                    tmuxTerminal.waitForScreen("tmux's frame", screen -> screen.contains("ready"));
                    muxTerminal.waitForScreen("mux's frame", screen -> screen.contains("ready"));
                    if (!mode.equals("off")) {
                        Poll.until("tmux to know its terminal's features", () -> twins.tmux("list-clients", "-F",
                                "#{client_termfeatures}").out(), features -> features.contains("extkeys"));
                    }
                    // Under always, also a pane made before: tmux gives always only to panes started while it is set.
                    List<String> windows = mode.equals("always") ? List.of("plain-always", "asks-always", "plain-on")
                            : List.of("plain-" + mode, "asks-" + mode);
                    for (String window : windows) {
                        boolean asks = window.startsWith("asks");
                        twins.same("select-window", "-t", "s:" + window);
                        for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) {
                            for (String typed : TYPED) terminal.sendKeys(hexArguments(typed));
                            terminal.sendKeys(NAMED.toArray(String[]::new));
                        }
                        // plain-on is typed into a second time under always.
                        int rounds = window.equals("plain-on") && mode.equals("always") ? 2 : 1;
                        String tmuxGot = visible(received(scratch.resolve("tmux-" + window), "Y", rounds));
                        String muxGot = visible(received(scratch.resolve("mux-" + window), "Y", rounds));
                        assertEquals(tmuxGot, muxGot, "what the program read, extended-keys " + mode + (asks ? ", asked" : ""));
                        boolean extended = asks || window.equals("plain-always");
                        assertEquals(extended, muxGot.contains(visible("\033[13;5u")), "C-Enter as CSI u: " + muxGot);
                        if (!mode.equals("off")) {
                            assertEquals(extended ? 2 : 0, count(muxGot, visible("\033[9;5u")), "C-Tab typed and sent by the outer terminal");
                        }
                    }
                    if (mode.equals("on")) namesInSendKeysAndBindings(twins, List.of(tmuxTerminal, muxTerminal));
                }
            }
            assertFalse(twins.tmux("has", "-t", "s").status() != 0, "tmux kept its session");
            assertTrue(twins.mux("has", "-t", "s").status() == 0, "mux kept its session");
        }
    }

    /**
     * With the pane that asked current: send-keys sends such key names as tmux does, a binding of
     * C-Enter runs when the terminal sends C-Enter in its extended form, and C-Enter works as the prefix.
     */
    private void namesInSendKeysAndBindings(TwinServers twins, List<OuterTmux> terminals) {
        twins.same("send-keys", "-t", "s:asks-on", "C-Enter", "C-S-a", "C-\\;", "S-a", "C-2", "M-C-Enter", "W");
        twins.same("bind", "-n", "C-Enter", "send-keys", "-l", "[bound]");
        for (OuterTmux terminal : terminals) {
            terminal.sendKeys(hexArguments("\033[27;5;13~\033[13;5u"));
            terminal.sendKeys("V");
        }
        String tmuxGot = visible(received(scratch.resolve("tmux-asks-on"), "V"));
        String muxGot = visible(received(scratch.resolve("mux-asks-on"), "V"));
        assertEquals(tmuxGot, muxGot, "send-keys and a binding of C-Enter");
        assertTrue(muxGot.endsWith("W[bound][bound]V"), muxGot);
        twins.same("unbind", "-n", "C-Enter");
        // A prefix with no bytes of its own: the V after it is looked up in the prefix table, bound nowhere and dropped.
        twins.same("set", "-g", "prefix", "C-Enter");
        for (OuterTmux terminal : terminals) {
            terminal.sendKeys(hexArguments("\033[13;5u"));
            terminal.sendKeys("V", "U");
        }
        tmuxGot = visible(received(scratch.resolve("tmux-asks-on"), "U"));
        muxGot = visible(received(scratch.resolve("mux-asks-on"), "U"));
        assertEquals(tmuxGot, muxGot, "C-Enter as the prefix");
        assertTrue(muxGot.endsWith("[bound]VU"), muxGot);
        twins.same("set", "-gu", "prefix");
    }

    /**
     * A window whose program (asking first, if {@code asks}, for modifyOtherKeys) reads its terminal
     * raw into a file of its server's name, once it said it is ready.
     */
    private static void startReader(TwinServers twins, Path scratch, String window, boolean asks) {
        for (String server : List.of("tmux", "mux")) {
            String file = Shell.quote(scratch.resolve(server + "-" + window).toString());
            String program = (asks ? "printf '\\033[>4;1m'; " : "") + "stty raw -echo; printf ready; exec cat > " + file;
            Run made = server.equals("tmux") ? twins.tmux("new-window", "-n", window, program)
                    : twins.mux("new-window", "-n", window, program);
            assertEquals(0, made.status(), made.err());
        }
        for (String server : List.of("tmux", "mux")) {
            Poll.until(server + "'s reader in " + window, () -> server.equals("tmux")
                    ? twins.tmux("capture-pane", "-p", "-t", "s:" + window).out()
                    : twins.mux("capture-pane", "-p", "-t", "s:" + window).out(), screen -> screen.contains("ready"));
        }
    }

    /** What the reader wrote, once the typed bytes' end (Z) and {@code last} arrived. */
    private static String received(Path file, String last) {
        return received(file, last, 1);
    }

    /** What the reader wrote, once the typed bytes' end (Z) and {@code last} arrived {@code rounds} times. */
    private static String received(Path file, String last, int rounds) {
        return Poll.until("the keys in " + file.getFileName(), () -> {
            try {
                return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, got -> got.contains("Z") && got.endsWith(last) && got.split(last, -1).length > rounds);
    }



    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) found++;
        return found;
    }
}
