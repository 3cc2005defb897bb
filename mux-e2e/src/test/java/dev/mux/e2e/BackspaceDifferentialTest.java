package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backspace option against tmux 3.3a: BSpace reaches a pane as the option's key, whether the
 * client's terminal typed it (DEL, ESC DEL, or the extended form CSI 127 ; mod u) or send-keys
 * named it; C-? and a code in hex stay DEL. The pane's program shows each byte it reads (cat -v
 * on a terminal without line editing).
 */
class BackspaceDifferentialTest {
    private static final String SHOW_BYTES = "stty -icanon -echo; exec cat -v";

    @TempDir
    Path scratch;

    @Test
    void bSpaceSendsTheOptionsKey() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             AttachedTwins both = AttachedTwins.start(harness, 80, 12, List.of(
                     List.of("new-session", "-d", "-s", "s", "-x", "80", "-y", "12", SHOW_BYTES),
                     List.of("set-option", "-s", "backspace", "C-h")))) {
            both.sendKeys("BSpace", "M-BSpace");
            both.sendBytes("\033[127;3u");
            both.sendKeys("-l", "|");
            both.both("^H^[^H^[^H|", "capture-pane", "-p", "-J", "-S", "0", "-E", "0");
            both.same("send-keys", "BSpace", "M-BSpace", "C-?", "0x7f", "|");
            both.both("^H^[^H^[^H|^H^[^H^?^?|", "capture-pane", "-p", "-J", "-S", "0", "-E", "0");
            both.same("set-option", "-s", "backspace", "M-a");
            both.sendKeys("BSpace");
            both.same("send-keys", "BSpace", "|");
            both.both("^H^[^H^[^H|^H^[^H^?^?|^?^?|", "capture-pane", "-p", "-J", "-S", "0", "-E", "0");
        }
    }
}
