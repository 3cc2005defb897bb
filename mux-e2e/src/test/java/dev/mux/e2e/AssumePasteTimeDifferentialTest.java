package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * assume-paste-time against tmux 3.3a: keys that come together (one write of the outer terminal)
 * are a paste from the third on, so a prefix key among them goes to the pane with the key after
 * it, where typed alone the two make a window; with the option at 0 nothing is a paste. The time
 * is set long, so that a slow moment between two keys of one write cannot end the paste.
 */
class AssumePasteTimeDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void aPrefixKeyInAPasteGoesToThePane() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             AttachedTwins both = AttachedTwins.start(harness, 80, 12, List.of(
                     List.of("new-session", "-d", "-s", "s", "-x", "80", "-y", "12", "stty -icanon -echo; exec cat -v"),
                     List.of("set-option", "-g", "assume-paste-time", "500")))) {
            both.sendBytes("xyz\002c");
            both.both("xyz^Bc", "capture-pane", "-p", "-J", "-S", "0", "-E", "0");
            both.same("display-message", "-p", "#{session_windows}");
            both.same("set-option", "-g", "assume-paste-time", "0");
            both.sendBytes("ab\002c");
            both.both("2", "display-message", "-p", "#{session_windows}");
            both.same("capture-pane", "-p", "-J", "-S", "0", "-E", "0", "-t", "s:0");
        }
    }
}
