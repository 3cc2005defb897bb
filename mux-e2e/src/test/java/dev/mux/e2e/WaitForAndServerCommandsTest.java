package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wait-for's channels, server-access and the prompt history commands, held to tmux 3.3a: their
 * statuses and messages, and a waiting client that gets its reply only when the channel is
 * signalled, while the server goes on answering others.
 */
class WaitForAndServerCommandsTest {
    @TempDir
    Path scratch;

    @Test
    void waitForSignalsLocksAndUnlocksAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "w", "exec sleep 600");
            twins.same("wait-for");
            twins.same("wait-for", "-S", "early");
            twins.same("wait-for", "early");
            twins.same("wait-for", "-U", "free");
            twins.same("wait-for", "-L", "lock");
            twins.same("wait-for", "-U", "lock");
            twins.same("wait-for", "-U", "lock");
            twins.same("wait-for", "-X", "x");
            twins.same("wait-for", "a", "b");
        }
    }

    @Test
    void aWaitingClientIsAnsweredWhenTheChannelIsSignalled() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            harness.mux("new-session", "-d", "-s", "w", "exec sleep 600").ok();
            CompletableFuture<Run> waiting = CompletableFuture.supplyAsync(() -> harness.mux("wait-for", "chan"));
            CompletableFuture<Run> locked = CompletableFuture.supplyAsync(() -> {
                harness.mux("wait-for", "-L", "held").ok();
                return harness.mux("wait-for", "-L", "held");
            });
            // The server goes on answering while both wait.
            Poll.until("list-sessions answered", () -> harness.mux("list-sessions", "-F", "#{session_name}").out(),
                    out -> out.equals("w\n"));
            assertFalse(waiting.isDone(), "wait-for returned before the signal");
            harness.mux("wait-for", "-S", "chan").ok();
            assertEquals(0, waiting.get(20, TimeUnit.SECONDS).status());
            assertFalse(locked.isDone(), "the second lock was taken while held");
            harness.mux("wait-for", "-U", "held").ok();
            assertEquals(0, locked.get(20, TimeUnit.SECONDS).status());
            harness.mux("wait-for", "-U", "held").ok();
        }
    }

    @Test
    void serverAccessAndPromptHistoryAnswerAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String owner = harness.run(java.util.List.of("id", "-un")).out().strip();
            twins.same("new-session", "-d", "-s", "w", "exec sleep 600");
            twins.same("server-access", "-l");
            twins.same("server-access");
            twins.same("server-access", "-a", owner);
            twins.same("server-access", "-d", "root");
            twins.same("server-access", "-a", "no-such-user-here");
            twins.same("server-access", "-a", "a", "b");
            twins.same("show-prompt-history");
            twins.same("show-prompt-history", "-T", "search");
            twins.same("show-prompt-history", "-T", "bad");
            twins.same("clear-prompt-history", "-T", "bad");
            twins.same("clear-prompt-history", "-T", "command");
            twins.same("clear-prompt-history");
            twins.same("showphist", "-T", "window-target");
            twins.same("refresh-client");
            twins.same("refresh-client", "-S");
            twins.same("show-messages");
            twins.same("show-messages", "-J", "-T");
        }
    }
}
