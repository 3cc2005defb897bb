package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * set-environment and show-environment against tmux 3.3a, byte for byte, and what a pane's program
 * finds in its environment: the global and session variables, -e, TERM, TMUX and TMUX_PANE.
 */
class EnvironmentTest {
    @TempDir
    Path scratch;

    @Test
    void setAndShowEnvironmentAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "sleep 100");
            for (List<String> command : List.of(
                    List.of("setenv"), List.of("setenv", ""), List.of("setenv", "a=b", "c"), List.of("setenv", "-u", "X", "y"),
                    List.of("setenv", "-r", "X", "y"), List.of("setenv", "X"), List.of("setenv", "-h", "X"),
                    List.of("setenv", "-g", "Q", "a\"b$c`d\\e f"), List.of("showenv", "-g", "Q"), List.of("showenv", "-gs", "Q"),
                    List.of("setenv", "-h", "H", "hv"), List.of("showenv", "H"), List.of("showenv", "-h"), List.of("showenv", "-hs"),
                    List.of("showenv"), List.of("showenv", "-s"), List.of("setenv", "-gh", "GH", "1"), List.of("showenv", "-g", "-h"),
                    List.of("setenv", "-F", "-g", "FF", "#{session_name}"), List.of("showenv", "-g", "FF"),
                    List.of("setenv", "-t", "nos", "X", "1"), List.of("showenv", "-t", "nos"),
                    List.of("setenv", "-r", "R"), List.of("showenv", "R"), List.of("showenv", "-s", "R"),
                    List.of("setenv", "-u", "R"), List.of("showenv", "R"), List.of("setenv", "-gu", "NOPE"),
                    List.of("showenv", "NOPE"), List.of("showenv", "-g", "NOPE"), List.of("setenv", "-hr", "HR"),
                    List.of("showenv", "-h"), List.of("setenv", "-t", "a", "S", "in a"), List.of("showenv", "-t", "a"),
                    List.of("showenv", "-g", "HOME"), List.of("showenv", "-g", "TMUX"))) {
                twins.same(command.toArray(String[]::new));
            }
        }
    }

    @Test
    void paneEnvironmentAsTmuxBuildsIt() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            for (Run run : List.of(twins.tmux("new-session", "-d", "-s", "e", "sleep 100"), twins.mux("new-session", "-d", "-s", "e", "sleep 100"))) {
                assertEquals(0, run.status(), run.toString());
            }
            for (String[] command : new String[][] {{"setenv", "-g", "GLOBAL", "g"}, {"setenv", "-g", "OVER", "global"},
                    {"setenv", "-t", "e", "OVER", "session"}, {"setenv", "-gh", "HIDDEN", "h"}, {"setenv", "-t", "e", "-r", "HOME"},
                    {"set", "-g", "default-terminal", "screen-256color"}}) {
                twins.same(command);
            }
            String dump = "env | grep -E '^(GLOBAL|OVER|HIDDEN|HOME|TERM|TERM_PROGRAM|TERM_PROGRAM_VERSION|TMUX_PANE|EXTRA)=' | sort > %s; sleep 100";
            Path fromTmux = scratch.resolve("tmux.env");
            Path fromMux = scratch.resolve("mux.env");
            twins.tmux("new-window", "-d", "-t", "e", "-e", "EXTRA=x y", String.format(dump, fromTmux)).ok();
            twins.mux("new-window", "-d", "-t", "e", "-e", "EXTRA=x y", String.format(dump, fromMux)).ok();
            String tmuxEnv = Poll.until("tmux's pane to write its environment", () -> read(fromTmux), text -> text.contains("EXTRA"));
            String muxEnv = Poll.until("mux's pane to write its environment", () -> read(fromMux), text -> text.contains("EXTRA"));
            assertEquals(tmuxEnv, muxEnv);
            assertTrue(muxEnv.contains("TMUX_PANE=%1\n") && muxEnv.contains("TERM=screen-256color\n") && !muxEnv.contains("HOME="), muxEnv);
        }
    }

    /** TMUX names the server as tmux's does (socket,pid,session id), and a mux command in a pane talks to that server. */
    @Test
    void aPanesTmuxVariableNamesItsServer() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            Path out = scratch.resolve("inner.out");
            harness.mux("new-session", "-d", "-s", "first", "sleep 100").ok();
            harness.mux("new-session", "-d", "-s", "second",
                    "echo \"$TMUX|$TMUX_PANE|$MUX\" > " + out + "; " + MuxHarness.MUX + " display -p '#{session_name}' >> " + out
                            + "; " + MuxHarness.MUX + " new-session -s nested >> " + out + " 2>&1; echo \"status $?\" >> " + out
                            + "; sleep 100").ok();
            String text = Poll.until("the pane's report", () -> read(out), t -> t.contains("status"));
            String pid = harness.mux("display", "-p", "#{pid}").ok().out().strip();
            String server = harness.socket() + "," + pid + ",1";
            assertEquals(server + "|%1|" + server + "\nsecond\nsessions should be nested with care, unset $TMUX to force\nstatus 1\n", text);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
