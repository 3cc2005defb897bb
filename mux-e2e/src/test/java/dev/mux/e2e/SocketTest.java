package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The socket as a security boundary and as a file that outlives its server. */
class SocketTest {
    /** The user {@code nobody}: any uid other than the server's will do. */
    private static final String OTHER_UID = "65534";

    @TempDir
    Path scratch;

    @Test
    void defaultSocketDirectoryIsPrivate() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            List<String> command = new ArrayList<>(List.of(MuxHarness.MUX.toString(), "-L", "private"));
            command.addAll(List.of("new", "-d", "-s", "a"));
            mux.run(command).ok();
            Path directory = scratch.resolve("run/mux");
            Path socket = directory.resolve("private");
            try {
                assertEquals("rwx------", permissions(directory));
                assertEquals("rw-------", permissions(socket));
            } finally {
                mux.run(List.of(MuxHarness.MUX.toString(), "-L", "private", "kill-server"));
            }
        }
    }

    @Test
    void staleSocketIsReplaced() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "old").ok();
            for (ProcessHandle server : Processes.withArgument("--socket " + mux.socket())) {
                Processes.killHard(server);
            }
            assertTrue(Files.exists(mux.socket(), LinkOption.NOFOLLOW_LINKS), "a killed server leaves its socket file");
            Run stale = mux.mux("ls");
            assertEquals(1, stale.status(), stale.toString());
            assertTrue(stale.err().contains("no server running on " + mux.socket()), stale.toString());

            mux.mux("new", "-d", "-s", "fresh").ok();
            String sessions = mux.mux("ls").ok().out();
            assertTrue(sessions.startsWith("fresh: "), sessions);
            assertFalse(sessions.contains("old: "), sessions);
        }
    }

    @Test
    void peerWithAnotherUidIsRefused() throws Exception {
        assumeTrue("0".equals(currentUid()), "needs root to run a client as another user");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "mine").ok();
            // Open every door the file system has, so only the server's own check is left.
            for (Path path = mux.socket().getParent(); path.startsWith(scratch.getParent()); path = path.getParent()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            Files.setPosixFilePermissions(mux.socket(), PosixFilePermissions.fromString("rwxrwxrwx"));

            List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
                    "--clear-groups"));
            command.addAll(mux.muxCommand("ls"));
            Run refused = mux.run(command);
            assertEquals(1, refused.status(), refused.toString());
            assertFalse(refused.out().contains("mine: "), refused.toString());
            assertFalse((refused.out() + refused.err()).isBlank(), "the refusal is reported: " + refused);

            assertTrue(mux.mux("ls").ok().out().startsWith("mine: "), "the owner is still served");
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String currentUid() throws Exception {
        return Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString();
    }
}
