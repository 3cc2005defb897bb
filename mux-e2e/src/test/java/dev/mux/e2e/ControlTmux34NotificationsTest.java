package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notifications tmux 3.4 added to control mode, which the tmux 3.3a here cannot show: the
 * expected lines are taken from tmux 3.4's manual and source (cfg.c, cmd-display-message.c,
 * paste.c, control-notify.c), not from mux.
 */
class ControlTmux34NotificationsTest {
    private static final Duration EXIT = Duration.ofSeconds(15);

    @TempDir
    Path scratch;

    /** cfg_show_causes: each error of the start-up config, "FILE:LINE: CAUSE", before the first block. */
    @Test
    void theFirstClientIsSentTheConfigFilesErrors() throws Exception {
        Path config = scratch.resolve("bad.conf");
        Files.writeString(config, "bogus-command x\nset -g status on\nset -g nosuch-option 1\n");
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream client = ControlStream.start(controlWithConfig(harness, config), harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            List<String> lines = client.lines();
            // As tmux 3.3a, an unknown command fails the whole file as it is parsed: nothing of it runs.
            assertEquals(List.of("%config-error " + config + ":1: unknown command: bogus-command"), lines.subList(0, 1));
            assertTrue(lines.get(1).startsWith("%begin "), lines.toString());
            client.send("");
            assertTrue(client.waitForExit(EXIT));
        }
    }

    private static List<String> controlWithConfig(MuxHarness harness, Path config) {
        return harness.muxCommand("-f", config.toString(), "-C", "new-session", "-x", "80", "-y", "24");
    }

    /** display-message without -p to a control client: "%message" and the message made visible as utf8_stravisx does. */
    @Test
    void displayMessageSendsAMessageLineInItsBlock() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream client = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24"), harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            client.command("display-message hello");
            // A variable-like $ gets a backslash, a lone one not; tab and backslash pass; \r, ESC, DEL are escaped.
            client.command("display-message 'a$HOME b\tc\\d\r\u001b\u007f$'");
            List<String> lines = client.lines();
            int hello = lines.indexOf("%message hello");
            assertTrue(hello > 0 && lines.get(hello - 1).startsWith("%begin ") && lines.get(hello + 1).startsWith("%end "),
                    "inside its block: " + lines);
            assertTrue(lines.contains("%message a\\$HOME b\tc\\d\\r\\033\\177$"), lines.toString());
            client.send("");
            assertTrue(client.waitForExit(EXIT));
        }
    }

    /** paste.c: add and set tell "changed"; a replaced, dropped or renamed-away buffer is "deleted" first. */
    @Test
    void pasteBufferChangesAreToldWithTheBuffersName() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream client = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24"), harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            int start = client.lines().size();
            for (String line : List.of("set-buffer -b one hello", "set-buffer -b one again", "set-buffer -b one -n two",
                    "delete-buffer -b two", "set -g buffer-limit 1", "set-buffer x", "set-buffer y")) {
                client.command(line);
            }
            client.command("display-message -p done");
            List<String> told = client.lines().subList(start, client.lines().size()).stream()
                    .filter(l -> l.startsWith("%paste-buffer-")).toList();
            assertEquals(List.of("%paste-buffer-changed one",
                    "%paste-buffer-deleted one", "%paste-buffer-changed one",
                    "%paste-buffer-deleted one", "%paste-buffer-changed two",
                    "%paste-buffer-deleted two",
                    "%paste-buffer-changed buffer0",
                    "%paste-buffer-deleted buffer0", "%paste-buffer-changed buffer1"), told);
            client.send("");
            assertTrue(client.waitForExit(EXIT));
        }
    }
}
