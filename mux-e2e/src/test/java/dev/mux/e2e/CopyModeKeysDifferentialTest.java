package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy-mode keys of tmux 3.3a's default tables that ask on the status line, pressed in
 * attached clients of tmux and mux: jumps to a character (-1 prompts), goto-line, and the
 * incremental search prompt opened and left (-i). After each key the outer terminals and the
 * servers' state must agree. Searches are left out: tmux 3.3a's highlighting after one can keep,
 * depending on timing, where its marks were before the view moved, which mux does not copy.
 */
class CopyModeKeysDifferentialTest {
    private static final String ROWS = "i=1; while [ $i -le 40 ]; do echo \"row $i alpha beta gamma\"; i=$((i+1)); done; exec sleep 3600";

    @TempDir
    Path scratch;

    @Test
    void viKeysThatAsk() throws Exception {
        pressInCopyMode("vi", List.of(
                List.of("k"), List.of("k"), List.of("0"),
                List.of("f"), List.of("a"), List.of(";"), List.of(","),
                List.of("F"), List.of("r"), List.of("t"), List.of("g"), List.of("T"), List.of("w"),
                List.of(":"), List.of("-l", "5"), List.of("Enter"),
                List.of("q")));
    }

    @Test
    void emacsKeysThatAsk() throws Exception {
        pressInCopyMode("emacs", List.of(
                List.of("C-p"), List.of("C-a"),
                List.of("f"), List.of("b"), List.of("T"), List.of("w"),
                List.of("C-r"), List.of("Escape"),
                List.of("g"), List.of("-l", "10"), List.of("Enter"),
                List.of("q")));
    }

    private void pressInCopyMode(String modeKeys, List<List<String>> steps) throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "rows", ROWS);
            twins.same("set", "-g", "automatic-rename", "off");
            twins.same("set", "-g", "status-right", "");
            twins.same("set", "-g", "mode-keys", modeKeys);
            twins.same("set", "-g", "status-keys", "emacs");
            try (TwinTerminals terminals = TwinTerminals.attach(mux, twins, "s", 60, 12)) {
                terminals.typeAndCompare("C-b [", "C-b", "[");
                for (List<String> keys : steps) terminals.typeAndCompare(String.join(" ", keys), keys.toArray(String[]::new));
            }
        }
    }
}
