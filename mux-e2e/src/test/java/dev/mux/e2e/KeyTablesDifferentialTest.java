package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default key tables and the key binding commands against tmux 3.3a: list-keys with each of
 * its flags, after bind-key and unbind-key with each of theirs, must print tmux's bytes, errors and
 * exit statuses.
 */
class KeyTablesDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theDefaultTablesListAsTmuxs() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "keys", "sleep", "100");
            twins.same("list-keys");
            for (String table : new String[] {"root", "prefix", "copy-mode", "copy-mode-vi"}) {
                twins.same("list-keys", "-T", table);
                twins.same("list-keys", "-N", "-T", table);
                twins.same("list-keys", "-aN", "-T", table);
            }
            twins.same("list-keys", "-N");
            twins.same("list-keys", "-aN");
            twins.same("list-keys", "-N", "-P", ">> ");
            twins.same("list-keys", "-1N", "c");
            twins.same("list-keys", "-T", "prefix", "C-Up");
            twins.same("list-keys", "M-Up");
            twins.same("list-keys", "-T", "nosuch");
            twins.same("list-keys", "NoSuchKey");
            twins.same("list-keys", "F7");
        }
    }

    @Test
    void bindingsMadeAndRemovedListAsTmuxs() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "keys", "sleep", "100");
            twins.same("bind-key", "-r", "-N", "my note", "^A", "select-pane", "-Ut", "{last}");
            twins.same("bind", "-n", "M-C-x", "splitw", "-h", "-d", ";", "display", "-p", "a b");
            twins.same("bind", "-T", "mine", "x", "display 'hello there' ; list-keys -T mine");
            twins.same("bind", "-T", "mine", "~", "send", "-X", "copy-pipe", "cat >/dev/null #$%");
            twins.same("bind", "-T", "mine", "'", "display", "-p", "it's \"quoted\"\t");
            twins.same("bind", "-T", "mine", "y", "{", "display", "-p", "x", "}");
            twins.same("bind", "-T", "mine", "NoSuchKey", "display");
            twins.same("bind", "-T", "mine", "z", "no-such-command");
            twins.same("bind", "-T", "mine", "z", "display", "-Z");
            twins.same("bind", "-N", "other note", "^A");
            twins.same("list-keys");
            twins.same("list-keys", "-N");
            twins.same("unbind", "-T", "mine", "x");
            twins.same("unbind", "-T", "nosuch", "x");
            twins.same("unbind", "NoSuchKey");
            twins.same("unbind");
            twins.same("unbind", "-a", "x");
            twins.same("unbind", "-n", "M-C-x");
            twins.same("unbind", "-a", "-T", "copy-mode");
            twins.same("list-keys", "-T", "copy-mode");
            twins.same("unbind", "-a", "-T", "mine");
            twins.same("list-keys", "-T", "mine");
            twins.same("unbind", "-q", "-T", "nosuch", "x");
            twins.same("list-keys");
        }
    }

    @Test
    void commandsWithDollarsQuotesTildesAndBracesListAsTmuxs() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "keys", "sleep", "100");
            twins.same("set-environment", "-g", "FOO", "fo o");
            twins.same("set-environment", "-g", "HOME", "/home/twin");
            // Words given apart are kept as they are, and printed so that reading them back keeps them.
            twins.same("bind", "-T", "t", "a", "run", "echo \"$x\"");
            twins.same("bind", "-T", "t", "b", "display", "${x}");
            twins.same("bind", "-T", "t", "c", "display", "$1 $$ a$ $_y $\u00e9 $");
            twins.same("bind", "-T", "t", "d", "display", "$");
            twins.same("bind", "-T", "t", "e", "display", "back\\slash \"q\" $d");
            twins.same("bind", "-T", "t", "f", "display", "~");
            twins.same("bind", "-T", "t", "g", "display", "~foo bar");
            twins.same("bind", "-T", "t", "h", "display", "~/a");
            twins.same("bind", "-T", "t", "i", "display", "a~b");
            twins.same("bind", "-T", "t", "j", "display", "#");
            twins.same("bind", "-T", "t", "k", "display", "{");
            twins.same("bind", "-T", "t", "l", "display", "a{b}");
            twins.same("bind", "-T", "t", "m", "display", ";");
            twins.same("bind", "-T", "t", "n", "display", "a \\; b");
            twins.same("bind", "-T", "t", "o", "display", "'");
            twins.same("bind", "-T", "t", "p", "display", "\"");
            twins.same("bind", "-T", "t", "q", "display", "%1 #{pane_id} #[fg=red]");
            // One word is command text: its variables and ~ are read when it is bound, as tmux reads them.
            twins.same("bind", "-T", "t", "A", "display \"got $FOO\"");
            twins.same("bind", "-T", "t", "B", "display ${FOO}x");
            twins.same("bind", "-T", "t", "C", "display \"\\$FOO\" ; display '$FOO'");
            twins.same("bind", "-T", "t", "D", "display \"$UNSET\"x");
            twins.same("bind", "-T", "t", "E", "display ~/x");
            twins.same("bind", "-T", "t", "F", "display ~");
            twins.same("bind", "-T", "t", "G", "if -F 1 { display \"$FOO\" } { display \"#{y}\" ; display b }");
            twins.same("bind", "-T", "t", "H", "display a ; display $FOO");
            twins.same("bind", "-T", "t", "I", "run \"echo \\\"$(date)\\\"\"");
            twins.same("bind", "-T", "t", "J", "display \"${FOO\"");
            twins.same("list-keys", "-T", "t");
        }
    }
}
