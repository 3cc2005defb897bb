package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * command-prompt's flags held to tmux 3.3a through attached clients: the name of one key (-k), one
 * character (-1), digits ended by another key that then goes on as usual (-N), questions asked in
 * turn with their starting texts (-p and -I lists, %1 %2 %% and the quoting %%%), a template
 * expanded first (-F), an incremental search in copy mode (-i, through C-r), and a second prompt
 * while one is open. Run from the command line, each prompt uses -b, as a shell would wait for it.
 */
class PromptFlagsDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void eachFlagTakesItsAnswersAsTmuxDoes() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "w", "printf 'alpha\\nbeta\\nalpine\\n'; exec sleep 3600");
            twins.same("set", "-g", "automatic-rename", "off");
            twins.same("set", "-g", "status-right", "");
            twins.same("set", "-g", "status-keys", "emacs");
            twins.same("set", "-g", "mode-keys", "emacs");
            twins.same("command-prompt", "-b", "-T", "nosuch", "display x");
            try (TwinTerminals terminals = TwinTerminals.attach(mux, twins, "s", 60, 12)) {
                twins.same("command-prompt", "-bk", "-p", "key", "set -g @key '%%'");
                terminals.awaitSame("with the key prompt open");
                terminals.typeAndCompare("C-Up to the key prompt", "C-Up");
                twins.same("show", "-gv", "@key");

                twins.same("command-prompt", "-b1", "-p", "one", "set -g @one '%%'");
                terminals.typeAndCompare("x to the one-character prompt", "x");
                twins.same("show", "-gv", "@one");

                twins.same("command-prompt", "-bN", "-p", "number", "set -g @number '%%'");
                terminals.typeAndCompare("digits to the number prompt", "4", "2");
                terminals.typeAndCompare("a letter after the digits", "z");
                twins.same("show", "-gv", "@number");

                twins.same("command-prompt", "-b", "-p", "first,second", "-I", "#{window_name},two",
                        "set -g @both '%1 and %2 then %% %%'");
                terminals.typeAndCompare("Enter to the first question", "Enter");
                terminals.typeAndCompare("more of the second answer", "-l", "!");
                terminals.typeAndCompare("Enter to the second question", "Enter");
                twins.same("show", "-gv", "@both");

                twins.same("command-prompt", "-b", "-p", "quoted", "set -g @quoted \"%%%\"");
                terminals.typeAndCompare("a quoted answer", "-l", "a$b;c~d");
                terminals.typeAndCompare("Enter to the quoted question", "Enter");
                twins.same("show", "-gv", "@quoted");

                twins.same("command-prompt", "-bF", "-p", "expanded", "set -g @expanded '#{session_name} %%'");
                twins.same("command-prompt", "-b", "-p", "second", "set -g @second '%%'");
                terminals.typeAndCompare("an answer to the first prompt only", "-l", "y");
                terminals.typeAndCompare("Enter to the first prompt only", "Enter");
                twins.same("show", "-gv", "@expanded");
                twins.same("show", "-gv", "@second");

                terminals.typeAndCompare("copy mode", "C-b", "[");
                terminals.typeAndCompare("C-r in copy mode", "C-r");
                terminals.typeAndCompare("a search typed", "-l", "al");
                terminals.typeAndCompare("C-r again", "C-r");
                terminals.typeAndCompare("Enter to the search", "Enter");
                terminals.typeAndCompare("q out of copy mode", "q");
            }
        }
    }
}
