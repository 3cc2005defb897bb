package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control mode held to tmux 3.3a: the same script of command lines goes to a tmux control client
 * and to a mux one, and their streams must be the same but for the times and numbers of the
 * blocks and the names of clients; each stream's numbers must grow and match between %begin and
 * its end. Pane output, whose pieces depend on timing, is compared joined, per pane.
 */
class ControlModeTest {
    private static final Pattern GUARD = Pattern.compile("^(\033P1000p)?%(begin|end|error) (\\d+) (\\d+) (\\d+)(\r?)$");
    private static final Duration EXIT = Duration.ofSeconds(15);

    @TempDir
    Path scratch;

    /** Every notification a command of the script causes, in tmux's order and with its arguments. */
    private static final List<String> SCRIPT = List.of(
            "new-window -n second",
            "rename-window -t @1 renamed",
            "split-window -t @1",
            "select-pane -t %1",
            "select-layout -t @1 even-horizontal",
            "resize-pane -Z -t %1",
            "resize-pane -Z -t %1",
            "kill-pane -t %2",
            "select-window -t @0",
            "rename-session work",
            "new-session -d -s other -n o -x 80 -y 24",
            "rename-window -t other:0 orenamed",
            "kill-session -t other",
            "kill-window -t @1",
            "bogus",
            "display-message -p 'hello #{session_name}'",
            "list-windows -F '#{window_id} #{window_name} #{window_active}'",
            "select-window -t nosuch ; display-message -p never",
            "display-message -p one ; display-message -p two",
            "copy-mode -t %0",
            "send-keys -t %0 -X cancel",
            "new-window -n clock",
            "clock-mode -t clock",
            "copy-mode -t clock",
            "copy-mode -t clock",
            "send-keys -t clock -X cancel",
            "kill-window -t clock",
            "new-window -n modes",
            "copy-mode -t modes",
            "split-window -t modes",
            "clock-mode -t modes.1",
            "kill-pane -t modes.0",
            "kill-window -t modes",
            "refresh-client -C 100x30",
            "refresh-client -C 0x0",
            "refresh-client -C 100,x",
            "refresh-client -C @0:90x20",
            "refresh-client -f no-output,!wait-exit",
            "has-session -t nosuch",
            "new-window -Q",
            "; display-message -p never",
            "\"unterminated",
            "display-message -p 'unterminated",
            "list-windows extra",
            "display-message -p '#{client_flags} #{client_readonly} #{client_control_mode}'",
            "refresh-client -f read-only,ignore-size,active-pane",
            "display-message -p '#{client_flags} #{client_readonly}'",
            "rename-window -t @0 still-runs",
            "refresh-client -f !read-only,!ignore-size",
            "list-clients -F '#{client_name} #{client_flags}'",
            "refresh-client -t nosuch -f no-output",
            "refresh-client -t $0 -f no-output",
            "split-window -t @0",
            "select-pane -t %0",
            "display-message -p '#{pane_id}'",
            "select-pane -t %0",
            "refresh-client -f !active-pane",
            "display-message -p '#{pane_id}'",
            "kill-pane -a -t %0",
            "\u0001\u0002garbage\u007f");

    /**
     * Lines written at once, each group in one write: a client's queued commands all run before the
     * notifications they caused are sent, as tmux runs a client's queue before the server's.
     */
    private static final List<List<String>> BATCHES = List.of(
            List.of("copy-mode -t %0", "display-message -p in-mode", "send-keys -t %0 -X cancel", "display-message -p out"),
            List.of("new-window -n batch", "rename-window -t batch batched", "select-window -t @0", "kill-window -t batched"),
            List.of("split-window -t @0", "select-pane -t %0", "kill-pane -a -t %0", "display-message -p done"));

    @Test
    void theSameScriptGivesTmuxsStream() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            List<String> tmux = run(harness, tmuxCommand(harness));
            List<String> mux = run(harness, harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24", "-n", "first"));
            checkNumbers(tmux);
            checkNumbers(mux);
            assertEquals(String.join("\n", normal(tmux)), String.join("\n", normal(mux)));
        } finally {
            new TwinServers(MuxHarness.create(scratch)).close();
        }
    }

    /** Lines whose commands insert more (if-shell, run-shell -C) or wait: each command in a block of its own, in tmux's order. */
    private static final List<String> INSERTING = List.of(
            "if -F 1 'display -p yes ; display -p yes2' ; display -p after",
            "if 'true' 'display -p shell-yes' 'display -p no' ; display -p after2",
            "if -F 0 'display -p no' ; display -p after3",
            "run -C 'display -p from-run ; display -p from-run2' ; display -p after4",
            "if -F 1 'nosuch' ; display -p never",
            "if -F 1 'display -p -Z' ; display -p never2",
            "if -F 1 'display -p a ; kill-window -t nosuch ; display -p b' ; display -p after5",
            "if -F 1 'if -F 1 \"display -p nested\" ; display -p n2' ; display -p after6",
            "if -F 1 'run \"sleep 0.3\" ; display -p waited' ; display -p after7",
            "run 'sleep 0.3' ; display -p after8",
            "display -p end-of-script");

    @Test
    void commandsThatIfShellAndRunShellInsertRunInBlocksOfTheirOwnInTmuxsOrder() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            List<String> tmux = runInserting(harness, tmuxCommand(harness));
            List<String> mux = runInserting(harness, harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24", "-n", "first"));
            checkNumbers(mux);
            assertEquals(String.join("\n", normal(tmux)), String.join("\n", normal(mux)));
        } finally {
            new TwinServers(MuxHarness.create(scratch)).close();
        }
    }

    /** Sends the lines at once, waits for the last one's output and block, then ends the client. */
    private List<String> runInserting(MuxHarness harness, List<String> command) throws Exception {
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            client.send(String.join("\n", INSERTING));
            List<String> seen = Poll.until("the last line's output and block end", client::lines, lines -> {
                int at = lines.indexOf("end-of-script");
                return at >= 0 && at + 1 < lines.size();
            });
            client.send("");
            assertTrue(client.waitForExit(EXIT), "the client exits after an empty line");
            return seen.subList(0, seen.indexOf("end-of-script") + 2);
        }
    }

    private List<String> tmuxCommand(MuxHarness harness) {
        return List.of("tmux", "-S", harness.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null",
                "-C", "new-session", "-x", "80", "-y", "24", "-n", "first");
    }

    private List<String> run(MuxHarness harness, List<String> command) throws Exception {
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            for (String line : SCRIPT) client.command(line);
            for (List<String> batch : BATCHES) {
                int before = client.blocksEnded();
                client.send(String.join("\n", batch));
                client.awaitBlocks(before + batch.size());
            }
            client.send("");
            assertTrue(client.waitForExit(EXIT), "the client exits after an empty line");
            return client.lines();
        }
    }

    /** Times and numbers out of the guards, clients' names made one, pane output left out. */
    static List<String> normal(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("%output ")) continue;
            Matcher guard = GUARD.matcher(line);
            kept.add(guard.matches() ? nonNull(guard.group(1)) + "%" + guard.group(2) + " " + guard.group(5) + guard.group(6)
                    : line.replaceAll("client-\\d+", "client-N"));
        }
        return kept;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Each block's end carries its begin's number, and numbers grow from block to block. */
    static void checkNumbers(List<String> lines) {
        long last = -1;
        String open = null;
        for (String line : lines) {
            Matcher guard = GUARD.matcher(line);
            if (!guard.matches()) continue;
            String three = guard.group(3) + " " + guard.group(4) + " " + guard.group(5);
            if (guard.group(2).equals("begin")) {
                long number = Long.parseLong(guard.group(4));
                assertTrue(number > last, "numbers grow: " + line + " after " + last);
                last = number;
                open = three;
            } else {
                assertEquals(open, three, "end of the block begun");
                open = null;
            }
        }
    }
}
