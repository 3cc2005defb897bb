package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formats against tmux 3.3a as the oracle: the same sessions, windows and panes on both servers,
 * then every format variable (as {@code display-message -a} lists them), every modifier and the
 * list commands' default lines must come out the same.
 */
class FormatsDifferentialTest {
    /**
     * Variables whose value differs between any two servers (process ids, times, paths of the
     * server's own), and those mux does not have yet, named here so that a new difference fails.
     */
    private static final Set<String> DIFFER = Set.of("pid", "pane_pid", "start_time", "session_created",
            "session_activity", "window_activity", "socket_path", "pane_tty", "config_files",
            // tmux adds the running command's name to every format it expands for a command.
            "command");
    /** Modifiers and syntax, each expanded by display-message -p for the same pane on both. */
    private static final List<String> TEMPLATES = List.of(
            "#{session_name} #S #I #W #P #D #F #T #H #h ## #, #}",
            "#{?window_active,yes,no} #{?#{==:#{window_index},1},one,other} #{?#{!=:a,b},d,s}",
            "#{?window_zoomed_flag,Z,#{?pane_active,A,-}} #{?nosuchvar,x,y} #{?,a,b}",
            "#{<:a,b}#{>:a,b}#{<=:a,a}#{>=:b,a}#{||:0,}#{||:0,x}#{&&:1,1}#{&&:1,0}",
            "#{m:*w*,two}#{m:T*,two}#{m/i:T*,two}#{m/r:^t.o$,two}#{m/ri:^T,two}#{m/r:(,x}",
            "#{C:nothing}#{C/r:^$}",
            "#{s/o/0/:window_name} #{s/(t)(w)/\\2\\1/:window_name} #{s/O/x/i:window_name} #{s/^/>/:window_name}",
            "#{=2:window_name}|#{=-2:window_name}|#{=/2/...:window_name}|#{=/-2/...:window_name}|#{=/9/...:window_name}",
            "#{p5:window_name}|#{p-5:window_name}|#{p1:window_name}|#{=1;p3:window_name}|",
            "#{b:#{l:/a/b/c}} #{d:#{l:/a/b/c}}",
            "#{e|+|:1,2} #{e|-|:1,5} #{e|*|:3,4} #{e|/|:7,2} #{e|%|:7,3} #{e|m|:8,3} #{e|/|f|3:1,3}",
            "#{e|+|f:0.5,0.25} #{e|==|:1,1} #{e|!=|:1,1} #{e|<|:1,2} #{e|>=|:1,2} #{e|x|:1,2} #{e|+|:a,1}",
            "#{n:window_name} #{w:window_name} #{n:#{l:héllo}} #{w:#{l:héllo}} #{a:65}#{a:31}#{a:x}",
            "#{l:#{window_name}} #{E:#{l:#{window_name}}} #{q:#{l:a b;c}} #{q/h:#{l:a#b}}",
            "#{c:red} #{c:colour200} #{c:#102030} #{c:brightblue} #{c:default}",
            "#{N:two} #{N:three} #{N/w:zero} #{N/s:fmt} #{N/s:nope}",
            "#{W:#{window_index}:#{window_name}#{?window_active,*,} } #{W:x,y}",
            "#{P:#{pane_index}#{?pane_active,*,} } #{P:a,b} #{S:#{session_name} }",
            "#{window_panes} #{session_windows} #{window_layout} #{base-index} #{status} #{mouse} #{@nosuch}",
            "#{status-format[0]} #{status-left} #{pane-border-status} #{history-limit}",
            "x#{unterminated", "a#(echo hi", "#{?nocomma}", "#{=3;E;l:abc}", "#{s/a/b:window_name}",
            "#{t:nosuch} #{t/p:nosuch} #{T:nosuch} #Z #", "##[fg=red]###[x] #{l:##}",
            "#{?#{==:#{l:a,b},a#,b},1,0} #{==:#{l:a},a}");

    @TempDir
    Path scratch;

    @Test
    void everyVariableIsTmuxsButTheUnrepeatable() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            build(twins);
            for (String target : List.of("fmt:0", "fmt:1.0", "fmt:1.1")) {
                Map<String, String> tmux = variables(twins.tmux("display-message", "-a", "-t", target).out());
                Map<String, String> mux = variables(twins.mux("display-message", "-a", "-t", target).out());
                assertTrue(tmux.size() > 100, "tmux lists its variables: " + tmux);
                assertEquals(tmux.toString().replace(", ", ",\n"), mux.toString().replace(", ", ",\n"),
                        "display-message -a -t " + target);
            }
        }
    }

    @Test
    void everyModifierIsTmuxs() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            build(twins);
            for (String template : TEMPLATES) twins.same("display-message", "-p", "-t", "fmt:1", template);
            twins.same("display-message", "-p", "-t", "fmt:1", "-F", "#{window_name}");
            twins.same("display-message", "-p", "-t", "fmt:1", "-F", "#{window_name}", "both");
        }
    }

    @Test
    void theListCommandsPrintTmuxsLines() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            build(twins);
            twins.same(out -> out.replaceAll("\\(created [^)]*\\)", "(created)"), "list-sessions");
            twins.same("list-windows", "-t", "fmt");
            twins.same("list-windows", "-a");
            twins.same("list-panes", "-t", "fmt:1");
            twins.same("list-panes", "-s", "-t", "fmt");
            twins.same("list-panes", "-a");
            twins.same("list-panes", "-a", "-f", "#{pane_active}", "-F", "#{pane_id} #{window_name}");
            twins.same("list-windows", "-f", "#{m:t*,#{window_name}}", "-F", "#{window_index}");
            twins.same("list-sessions", "-F", "#{session_name} #{session_windows} #{session_attached}");
            twins.same("set-buffer", "-b", "one", "first\tline\n");
            twins.same("set-buffer", "second");
            twins.same("list-buffers");
            twins.same("list-buffers", "-F", "#{buffer_name}:#{buffer_size}", "-f", "#{==:#{buffer_name},one}");
            twins.same("list-clients");
        }
    }

    @Test
    void breakPanePrintsThePaneByItsFormatOrByF() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            build(twins);
            twins.same("break-pane", "-P", "-s", "fmt:1.1");
            twins.same("split-window", "-d", "-t", "fmt:0", "exec sleep 600");
            twins.same("break-pane", "-d", "-P", "-F", "#{window_index} #{window_active} #{window_panes}", "-s", "fmt:0.1");
        }
    }

    /** Two windows, the second split, all running sleep: the same on both servers. */
    private static void build(TwinServers twins) {
        twins.same("new-session", "-d", "-s", "fmt", "-x", "80", "-y", "24", "-n", "zero", "-c", "/tmp", "exec sleep 600");
        twins.same("new-window", "-t", "fmt:1", "-n", "two", "-c", "/usr", "exec sleep 600");
        twins.same("split-window", "-d", "-h", "-t", "fmt:1", "-c", "/", "exec sleep 600");
    }

    /** display-message -a's lines as a map, less the variables that differ between any two servers. */
    private static Map<String, String> variables(String listing) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : listing.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 0) continue;
            String name = line.substring(0, equals);
            if (!DIFFER.contains(name)) values.put(name, line.substring(equals + 1));
        }
        return values;
    }
}
