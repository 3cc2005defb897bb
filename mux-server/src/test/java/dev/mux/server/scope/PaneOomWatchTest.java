package dev.mux.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch on a scope's memory.events, against a directory standing in for the cgroup: a change
 * that counts an OOM kill tells the loop once; other changes, and a forgotten scope, tell nothing.
 */
class PaneOomWatchTest {
    @TempDir
    Path cgroup;

    @Test
    void anOomKillIsToldOnceOtherChangesNot() throws Exception {
        Files.writeString(cgroup.resolve("memory.events"), "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");
        LinkedBlockingQueue<String> told = new LinkedBlockingQueue<>();
        PaneOomWatch watch = new PaneOomWatch(Runnable::run);
        watch.watch("mux-pane-x-1-1.scope", cgroup, () -> told.add("oom"));

        Files.writeString(cgroup.resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 0\noom_kill 0\n");
        assertEquals(null, told.poll(500, TimeUnit.MILLISECONDS), "reaching the limit is not a kill");
        Files.writeString(cgroup.resolve("memory.events"), "low 0\nhigh 0\nmax 9\noom 1\noom_kill 1\n");
        assertEquals("oom", told.poll(5, TimeUnit.SECONDS));
        Files.writeString(cgroup.resolve("memory.events"), "low 0\nhigh 0\nmax 9\noom 2\noom_kill 2\n");
        assertEquals(null, told.poll(500, TimeUnit.MILLISECONDS), "told once");
        assertEquals(2, PaneOomWatch.oomKills(cgroup));
    }

    @Test
    void aForgottenScopeTellsNothing() throws Exception {
        Files.writeString(cgroup.resolve("memory.events"), "oom_kill 0\n");
        LinkedBlockingQueue<String> told = new LinkedBlockingQueue<>();
        PaneOomWatch watch = new PaneOomWatch(Runnable::run);
        watch.watch("mux-pane-x-2-2.scope", cgroup, () -> told.add("oom"));
        watch.forget("mux-pane-x-2-2.scope");
        Files.writeString(cgroup.resolve("memory.events"), "oom_kill 1\n");
        assertEquals(null, told.poll(500, TimeUnit.MILLISECONDS));
        assertEquals(0, PaneOomWatch.oomKills(cgroup.resolve("gone")));
    }
}
