package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** find-window's filter for choose-tree, as tmux 3.3a's cmd-find-window.c builds it for each flag. */
class FindWindowFilterTest {
    private static String filter(String... words) throws CommandException {
        return FindWindowCommand.filter(ArgsParser.parse(FindWindowCommand.COMMAND.spec(), List.of(words)));
    }

    @Test
    void withoutFlagsTheContentTheNameAndTheTitleAreSearched() throws CommandException {
        assertEquals("#{||:#{C:vim},#{||:#{m:*vim*,#{window_name}},#{m:*vim*,#{pane_title}}}}", filter("vim"));
    }

    @Test
    void eachFlagSearchesOneThingAndRAndIChangeTheMatch() throws CommandException {
        assertEquals("#{C/r:a.b}", filter("-C", "-r", "a.b"));
        assertEquals("#{m/i:*x*,#{window_name}}", filter("-N", "-i", "x"));
        assertEquals("#{m/ri:*x*,#{pane_title}}", filter("-T", "-r", "-i", "x"));
        assertEquals("#{||:#{C:x},#{m:*x*,#{window_name}}}", filter("-CN", "x"));
        assertEquals("#{||:#{C:x},#{m:*x*,#{pane_title}}}", filter("-C", "-T", "x"));
        assertEquals("#{||:#{m:*x*,#{window_name}},#{m:*x*,#{pane_title}}}", filter("-N", "-T", "x"));
    }
}
