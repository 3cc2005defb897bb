package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.options.StandardOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tmux's config language as tmux 3.3a reads it: a realistic ~/.tmux.conf loads with no error in
 * both, syntax errors are reported in tmux's words, a config's new-session has no client to
 * attach, and the errors of the config a server started with show in view mode on attach.
 */
class ConfigLanguageTest {
    @TempDir
    Path scratch;

    private Path realisticConfig() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("realistic.tmux.conf")) {
            Path conf = scratch.resolve("tmux.conf");
            Files.write(conf, in.readAllBytes());
            return conf;
        }
    }

    /**
     * Every option of every scope prints as tmux prints it after the config, mux's own stop options
     * (which tmux lacks) left out: defaults, the values set, array items, styles and quoting.
     */
    @Test
    void aRealisticTmuxConfLoadsWithNoErrorInBoth() throws Exception {
        Path conf = realisticConfig();
        assertTrue(Files.readAllLines(conf).size() >= 60);
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            harness.env().put("HOME", scratch.toString());
            twins.same("new-session", "-d", "-s", "c", "sleep 100");
            twins.same("source-file", conf.toString());
            for (String scope : List.of("-g", "-gw", "-s")) {
                assertEquals(twins.tmux("show-options", scope).ok().out(), withoutMuxOwn(twins.mux("show-options", scope).ok().out()),
                        "show-options " + scope + " after the config");
            }
            twins.same("show-options", "-g", "@accent");
            twins.same("show-environment", "-g", "THEME_ACCENT");
            twins.same("show-environment", "-gh", "LOCAL_CONF");
        }
    }

    private static String withoutMuxOwn(String listing) {
        Set<String> own = Set.copyOf(StandardOptions.MUX_OPTIONS);
        StringBuilder kept = new StringBuilder();
        listing.lines().filter(line -> !own.contains(line.split("[* ]", 2)[0])).forEach(line -> kept.append(line).append('\n'));
        return kept.toString();
    }

    /**
     * Texts that are no commands, unknown commands, bad flags and too many arguments: tmux 3.3a's
     * file:line: message for the first, and the file does not run; a command that fails as it runs
     * (an unknown option) fails alone, said without its file and line to a client that sourced it.
     */
    @Test
    void syntaxErrorsAreReportedAsTmuxReportsThem() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "c", "sleep 100");
            int n = 0;
            for (String text : List.of("}\n", "set -g @a 1\n{\n", "if 1 {\n  set -g @b 1\n", "%if 1\n%endif\n%else\n",
                    "%if 1\nset -g @c 1\n", "%endif\n", "%if 1\n%else\n%elif 1\n%endif\n", "display ${\n",
                    "set -g @d \\\n  joined\n", "display \"\\u12\"\n",
                    "set -g @e 1\nnosuchcommand\nset -Z x\n", "set -g @f 1\nset -Z x\n", "set -g @g 1\nshow -g @a @b\n",
                    "set -g @h 1\nset -g nosuch on\nset -g @i 1\n")) {
                Path file = scratch.resolve("bad" + n++ + ".conf");
                Files.writeString(file, text);
                twins.same("source-file", file.toString());
            }
            twins.same("show-options", "-g", "@a");
            twins.same("show-options", "-g", "@c");
            twins.same("show-options", "-g", "@d");
            for (String option : List.of("@e", "@f", "@g", "@h", "@i")) twins.same("show-options", "-g", option);
        }
    }

    @Test
    void sourceFileTakesGlobsAndQuietlySkipsWhatIsMissing() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "c", "sleep 100");
            Files.writeString(scratch.resolve("one.conf"), "set -ga @list one\n");
            Files.writeString(scratch.resolve("two.conf"), "set -ga @list ,two\n");
            twins.same("source-file", scratch.resolve("*.conf").toString());
            twins.same("show-options", "-g", "@list");
            twins.same("source-file", "-q", scratch.resolve("none*.conf").toString());
            twins.same("source-file", scratch.resolve("none*.conf").toString());
            twins.same("source-file", "-n", scratch.resolve("one.conf").toString());
            twins.same("show-options", "-g", "@list");
        }
    }

    @Test
    void theConfigsNewSessionIsDetachedAndItsErrorsShowInViewModeOnAttach() throws Exception {
        Path conf = scratch.resolve("mux.conf");
        Files.writeString(conf, "new-session -s fromconf sh\nset -g no-such-option here\nset -g status off\n");
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            try (OuterTmux outer = OuterTmux.start(harness, harness.muxShellLine("-f", conf.toString(), "new-session", "-s", "mine"))) {
                String screen = outer.waitForScreen("the config's error in view mode",
                        text -> text.contains(conf + ":2: invalid option: no-such-option"));
                assertTrue(screen.lines().findFirst().orElse("").endsWith("[0/0]"), screen);
                outer.sendKeys("q");
                outer.waitForScreen("the pane again", text -> !text.contains("no-such-option"));
            }
            assertEquals(List.of("fromconf", "mine"), harness.mux("ls", "-F", "#{session_name}").ok().out().lines().sorted().toList());
        }
    }

    @Test
    void runAsTmuxItSaysTmuxsVersion() throws Exception {
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        Path tmux = Files.createSymbolicLink(bin.resolve("tmux"), MuxHarness.MUX);
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            assertEquals("tmux 3.3a\n", harness.run(List.of(tmux.toString(), "-V")).ok().out());
            assertTrue(harness.mux("-V").ok().out().startsWith("mux 0."), "mux keeps its own version");
        }
    }

    /** Scripts run with an empty environment: the launcher still finds a java, and the server starts. */
    @Test
    void theLauncherRunsUnderAnEmptyEnvironment() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            String socket = harness.socket().toString();
            Run version = Run.of(List.of("env", "-i", "PATH=/nonexistent", MuxHarness.MUX.toString(), "-V"), Map.of(), scratch);
            assertTrue(version.ok().out().startsWith("mux "), version.toString());
            Run.of(List.of("env", "-i", MuxHarness.MUX.toString(), "-S", socket, "new-session", "-d", "-s", "bare", "sleep 100"),
                    Map.of(), scratch).ok();
            assertEquals("bare\n", harness.mux("ls", "-F", "#{session_name}").ok().out());
        }
    }
}
