package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that name a client (-c or -t target-client) as tmux 3.3a finds it: by its terminal's
 * path, with or without /dev/ and a trailing colon, else the current client; each server has one
 * client attached in a terminal of its own, and each command's output, errors and exit status, and
 * then where the client is, are compared; detach-client -E has the client run a command instead.
 */
class ClientTargetsDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void clientsAreFoundByNameOrAreTheCurrentOne() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "sleep 3600");
            twins.same("new-session", "-d", "-s", "b", "sleep 3600");
            for (String[] noClient : List.of(
                    new String[] {"detach-client"},
                    new String[] {"detach-client", "-t", "nosuch"},
                    new String[] {"detach-client", "-t", "nosuch:"},
                    new String[] {"detach-client", "-s", "nosuch"},
                    new String[] {"detach-client", "-a"},
                    new String[] {"switch-client", "-c", "zz", "-t", "a"},
                    new String[] {"switch-client", "-t", "a"},
                    new String[] {"display-panes", "-t", "zz"},
                    new String[] {"suspend-client", "-t", "zz"},
                    new String[] {"refresh-client", "-t", "zz"},
                    new String[] {"display-message", "-c", "zz", "-p", "hi"},
                    new String[] {"display-message", "-d", "x", "hi"},
                    new String[] {"display-message", "-d", "-1", "hi"},
                    new String[] {"display-message", "-I", "hi"})) {
                twins.same(noClient);
            }
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "a"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 80, 24);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "a"), "mux-terminal", 80, 24)) {
                Poll.until("both clients attached", () -> clients(twins), both -> both.equals(List.of("a", "a")));
                String tmuxName = twins.tmux("list-clients", "-F", "#{client_name}").out().strip();
                String muxName = twins.mux("list-clients", "-F", "#{client_name}").out().strip();
                same(twins, tmuxName, muxName, name -> new String[] {"display-message", "-c", name, "-p", "#{client_session}"});
                same(twins, tmuxName, muxName, name -> new String[] {"switch-client", "-c", name, "-t", "b"});
                assertEquals(List.of("b", "b"), clients(twins));
                same(twins, tmuxName, muxName, name -> new String[] {"switch-client", "-c", name.substring(5) + ":", "-t", "a"});
                assertEquals(List.of("a", "a"), clients(twins));
                twins.same("switch-client", "-t", "b");
                assertEquals(List.of("b", "b"), clients(twins));
                twins.same("display-message", "-p", "#{client_session}");
                twins.same("detach-client", "-a");
                twins.same("detach-client", "-s", "nosuch");
                assertEquals(List.of("b", "b"), clients(twins));
                same(twins, tmuxName, muxName, name -> new String[] {"detach-client", "-E", "echo ran instead; exit 3", "-t", name});
                Poll.until("both clients detached", () -> clients(twins), List::isEmpty);
                for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) {
                    String screen = terminal.waitForLine("[exit status 3]");
                    assertTrue(Screens.hasLine(screen, "ran instead"), "the command ran in the client's place:\n" + screen);
                }
            }
        }
    }

    /** The session each server's one client is attached to, tmux's first. */
    private static List<String> clients(TwinServers twins) {
        return List.of(twins.tmux("list-clients", "-F", "#{client_session}").out().strip(),
                twins.mux("list-clients", "-F", "#{client_session}").out().strip())
                .stream().filter(session -> !session.isEmpty()).toList();
    }

    /** One command naming each server's own client: same output, errors and exit status. */
    private static void same(TwinServers twins, String tmuxName, String muxName, Function<String, String[]> command) {
        Run expected = twins.tmux(command.apply(tmuxName));
        Run actual = twins.mux(command.apply(muxName));
        String what = String.join(" ", command.apply(muxName));
        assertEquals(expected.out().replace(tmuxName, muxName), actual.out(), "stdout of " + what);
        assertEquals(expected.err().replace(tmuxName, muxName), actual.err(), "stderr of " + what);
        assertEquals(expected.status(), actual.status(), "exit status of " + what);
    }
}
