package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The socket as a security boundary and as a file that outlives its server. */
class SocketTest {
    /** The user {@code nobody}: any uid other than the server's will do. */
    private static final String OTHER_UID = "65534";
    /** An attacker's uid: neither the victim's nor root's, whom the client trusts. Needs no passwd entry. */
    private static final int ATTACKER_UID = 4242;

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

    /**
     * Another user made the victim's default socket directory before the victim's
     * first server did, and listens in it: the victim's client must not connect, whatever it runs.
     */
    @Test
    void socketDirectoryOfAnotherUserIsRefused() throws Exception {
        assumeTrue("0".equals(currentUid()), "needs root to run a client as another user");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Path runtime = openToOthers(scratch.resolve("victim-run"));
            Path directory = Files.createDirectory(runtime.resolve("mux"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Files.setAttribute(directory, "unix:uid", ATTACKER_UID);
            try (ServerSocketChannel fake = listen(directory.resolve("default"))) {
                for (String[] args : List.of(new String[] {"ls"}, new String[] {"new", "-d", "cmd --token SECRET"},
                        new String[] {"attach"})) {
                    Run refused = asOtherUser(mux, runtime, args);
                    assertEquals(1, refused.status(), refused.toString());
                    assertEquals("mux: directory " + directory + " has unsafe permissions\n", refused.err(), refused.toString());
                }
                assertNull(fake.accept(), "the client connected to the other user's socket");
            }
        }
    }

    /** The directory is the victim's own, but the socket in it is another user's. */
    @Test
    void socketOfAnotherUserIsRefused() throws Exception {
        assumeTrue("0".equals(currentUid()), "needs root to run a client as another user");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Path runtime = openToOthers(scratch.resolve("victim-run"));
            Path directory = Files.createDirectory(runtime.resolve("mux"));
            Files.setAttribute(directory, "unix:uid", Integer.parseInt(OTHER_UID));
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            Path socket = directory.resolve("default");
            try (ServerSocketChannel fake = listen(socket)) {
                Files.setAttribute(socket, "unix:uid", ATTACKER_UID);
                Run refused = asOtherUser(mux, runtime, "ls");
                assertEquals(1, refused.status(), refused.toString());
                assertEquals("mux: socket " + socket + " is owned by another user (uid " + ATTACKER_UID + ")\n", refused.err(), refused.toString());
                assertNull(fake.accept(), "the client connected to the other user's socket");
            }
        }
    }

    /** A socket the user may not reach is an error that says why, not "no server running". */
    @Test
    void permissionDeniedIsNotNoServer() throws Exception {
        assumeTrue("0".equals(currentUid()), "needs root to run a client as another user");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "mine").ok();
            List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
                    "--clear-groups"));
            command.addAll(mux.muxCommand("ls"));
            Run denied = mux.run(command);
            assertEquals(1, denied.status(), denied.toString());
            assertEquals("error connecting to " + mux.socket() + " (Permission denied)\n", denied.err(), denied.toString());
        }
    }

    /** Only a stale socket is replaced; a directory where the socket should be is left, and said. */
    @Test
    void directoryAtTheSocketPathIsKept() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Files.createDirectory(mux.socket());
            Run failed = mux.mux("new", "-d");
            assertEquals(1, failed.status(), failed.toString());
            assertTrue(failed.err().contains(mux.socket() + " exists and is not a socket"), failed.toString());
            assertTrue(Files.isDirectory(mux.socket(), LinkOption.NOFOLLOW_LINKS));
        }
    }

    private Run asOtherUser(MuxHarness mux, Path runtime, String... args) {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
                "--clear-groups", MuxHarness.MUX.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(mux.env());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        return Run.of(command, env, scratch);
    }

    /** {@code directory}, made, with it and every directory up to the temporary root searchable by all. */
    private Path openToOthers(Path directory) throws Exception {
        Files.createDirectories(directory);
        for (Path path = directory; path.startsWith(scratch.getParent()); path = path.getParent()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxrwxrwx"));
        return directory;
    }

    private static ServerSocketChannel listen(Path socket) throws Exception {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
        channel.configureBlocking(false);
        return channel;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String currentUid() throws Exception {
        return Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString();
    }
}
