package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * command-alias as tmux 3.3a: an alias's name (exactly, never a prefix) stands for its commands
 * wherever a command is parsed (the command line, a file, a binding, which keeps the commands it
 * stands for), the other words go on the end of its last command, it may hide a command, and it is
 * not looked up again inside itself.
 */
class CommandAliasDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void aliasesStandForTheirCommands() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("splitp", "-d", "sleep 3600");
            twins.same("split-pane", "-d", "sleep 3600");
            twins.same("display-message", "-p", "#{window_panes}");
            twins.same("set", "-sa", "command-alias", "shout=display-message -p");
            twins.same("shout", "hello");
            twins.same("shou", "hello");
            twins.same("set", "-sa", "command-alias", "twice=display-message -p one ; display-message -p");
            twins.same("twice", "two");
            twins.same("bind-key", "x", "shout", "bound");
            twins.same("bind-key", "y", "twice", "bye");
            twins.same("list-keys", "-T", "prefix", "x");
            twins.same("list-keys", "-T", "prefix", "y");
            twins.same("set", "-sa", "command-alias", "new-window=display-message -p hidden");
            twins.same("new-window");
            twins.same("set", "-sa", "command-alias", "broken=nosuch");
            twins.same("broken");
            twins.same("set", "-sa", "command-alias", "itself=itself");
            twins.same("itself");
            Path file = scratch.resolve("aliases.conf");
            Files.writeString(file, "set -s command-alias[20] 'sv=set-option -s'\nsv @made yes\n");
            twins.same("source-file", file.toString());
            twins.same("show", "-sv", "@made");
            twins.same("show", "-s", "command-alias");
        }
    }
}
