package dev.mux.platform.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real /proc, with children this test starts; what is expected comes from the child's own shell and id(1). */
class ProcFsTest {
    private final ProcFs procFs = new ProcFs();
    private Process child;

    @AfterEach
    void endChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts a shell that runs {@code script} in a session of its own (setsid(1), which does not
     * fork here: a JVM's child leads no group), then waits on its input; returns its first line.
     */
    private String startShell(ProcessBuilder builder, String script) throws IOException {
        child = builder.command("setsid", "sh", "-c", script + "; read x").start();
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    @Test
    void readsAChildAsItsShellSeesItself(@TempDir Path dir) throws Exception {
        String script = "echo $$ $PPID \"$PWD\"";
        String[] said = startShell(new ProcessBuilder().directory(dir.toFile()), script).split(" ", 3);
        long pid = child.pid();
        assertEquals(Long.toString(pid), said[0]);

        ProcStat stat = procFs.stat(pid).orElseThrow();
        assertEquals(Long.parseLong(said[1]), stat.ppid());
        // setsid(2): the caller leads a new session and a new group, and has no controlling terminal.
        assertEquals(pid, stat.pgrp());
        assertEquals(pid, stat.session());
        assertEquals(-1, stat.tpgid());
        assertEquals(Optional.of("sh"), procFs.name(pid));
        assertEquals(Optional.of("sh -c " + script + "; read x"), procFs.commandLine(pid));
        assertEquals(Optional.of(said[2]), procFs.workingDirectory(pid));
        assertTrue(procFs.pids().contains(pid));
    }

    @Test
    void aChildStartsWithTheEnvironmentItWasGiven() throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.environment().put("MUX_PLATFORM_TEST", "a=b");
        startShell(builder, "echo started");
        assertTrue(procFs.environment(child.pid()).contains("MUX_PLATFORM_TEST=a=b"));
    }

    @Test
    void aGoneProcessHasNoAnswers() throws Exception {
        child = new ProcessBuilder("true").start();
        long pid = child.pid();
        child.waitFor();
        assertEquals(Optional.empty(), procFs.stat(pid));
        assertEquals(Optional.empty(), procFs.name(pid));
        assertEquals(Optional.empty(), procFs.commandLine(pid));
        assertEquals(Optional.empty(), procFs.workingDirectory(pid));
        assertTrue(procFs.environment(pid).isEmpty());
    }

    @Test
    void theUserIsTheOneIdNames() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        long uid = Long.parseLong(new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip());
        assertEquals(uid, procFs.currentUid());
        assertEquals(uid, procFs.uid(ProcessHandle.current().pid()));
        Process name = new ProcessBuilder("id", "-un").start();
        assertEquals(new String(name.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip(),
                procFs.currentUser().getName());
    }

    @Test
    void theHostNameIsTheKernelsNodeName() throws Exception {
        Process uname = new ProcessBuilder("uname", "-n").start();
        String nodeName = new String(uname.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(Optional.of(nodeName), procFs.hostName());
    }

    @Test
    void ownDescriptorsNameWhatTheyAreOpenOn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        try (var channel = Files.newByteChannel(file)) {
            // The descriptor's number is not public; it is one of ours that names the file.
            boolean found = false;
            for (int fd = 0; fd < 1024 && !found; fd++) {
                found = procFs.ownDescriptor(fd).equals(Optional.of(file.toRealPath()));
            }
            assertTrue(found, "no descriptor of this process names " + file);
        }
    }
}
