package dev.mux.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int mux(String... args) {
        return Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionComesFromTheConstant() {
        assertEquals(0, mux("-V"));
        assertEquals("mux " + Main.VERSION + "\n", out());
    }

    @Test
    void runAsTmuxTheVersionIsTheTmuxItImplements() {
        assertEquals(0, Main.run(Identity.of("tmux"), new String[] {"-V"}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("tmux 3.3a\n", out());
        assertEquals(Identity.MUX, Identity.of("mux"));
        assertEquals(Identity.MUX, Identity.of(null));
    }

    @Test
    void helpStartsWithTheUsageLine() {
        assertEquals(0, mux("--help"));
        assertTrue(out().startsWith(GlobalOptions.USAGE + "\n"), out());
    }

    /** The build fills the help's command list from the server's table, in list-commands' lines. */
    @Test
    void helpListsTheCommandsOfTheTable() {
        assertEquals(0, mux("--help"));
        assertTrue(out().contains("\n  kill-pane (killp) [-a] [-t target-pane]\n"), out());
        assertTrue(out().contains("\n  list-commands (lscm) [-F format] [command]\n"), out());
        assertFalse(out().contains("@COMMANDS@"), out());
    }

    @Test
    void unknownGlobalFlagFails() {
        assertEquals(1, mux("-z"));
        assertEquals("mux: unknown option -- z\n" + GlobalOptions.USAGE + "\n", err());
    }

    @Test
    void noSocketFileMeansNoServer() {
        Path socket = dir.resolve("absent");
        assertEquals(1, mux("-S", socket.toString(), "ls"));
        assertEquals("no server running on " + socket + "\n", err());
    }

    @Test
    void staleSocketMeansNoServer() throws IOException {
        Path socket = dir.resolve("stale");
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket), "closing a listener leaves its file, as a killed server does");
        assertEquals(1, mux("-S", socket.toString(), "ls"));
        assertEquals("no server running on " + socket + "\n", err());
    }

    @Test
    void commandIsSentAsGivenAndOutputIsPrinted() throws Exception {
        Path socket = dir.resolve("s");
        try (ScriptedServer server = ScriptedServer.listen(socket, new Message.Hello(Protocol.VERSION),
                new Message.Output(1, "work: 1 windows\n".getBytes(StandardCharsets.UTF_8)),
                new Message.Exit(0, ""))) {
            assertEquals(0, mux("-S", socket.toString(), "ls", "-F", "x y"));
            assertEquals("work: 1 windows\n", out());
            List<Message> received = server.received();
            assertEquals(new Message.Hello(Protocol.VERSION), received.get(0));
            assertEquals(new Message.Environment(List.of()), received.get(1), "the client's environment, empty here");
            Message.Command command = assertInstanceOf(Message.Command.class, received.get(2));
            assertEquals(List.of("ls", "-F", "x y"), command.argv());
            assertEquals(0, command.columns(), "a command that cannot attach sends no size");
        }
    }

    @Test
    void failedCommandMessageGoesToStandardError() throws Exception {
        Path socket = dir.resolve("s");
        try (ScriptedServer server = ScriptedServer.listen(socket, new Message.Hello(Protocol.VERSION),
                new Message.Exit(1, "can't find session: nope"))) {
            assertEquals(1, mux("-S", socket.toString(), "has", "-t", "nope"));
            assertEquals("can't find session: nope\n", err());
            assertEquals("", out());
        }
    }

    @Test
    void otherProtocolVersionIsRefused() throws Exception {
        Path socket = dir.resolve("s");
        try (ScriptedServer server = ScriptedServer.listen(socket, new Message.Hello(Protocol.VERSION + 1))) {
            assertEquals(1, mux("-S", socket.toString(), "ls"));
            assertTrue(err().startsWith("mux: protocol error: server speaks version"), err());
        }
    }

    @Test
    void serverClosingBeforeExitIsALostServer() throws Exception {
        Path socket = dir.resolve("s");
        try (ScriptedServer server = ScriptedServer.listen(socket, new Message.Hello(Protocol.VERSION))) {
            assertEquals(1, mux("-S", socket.toString(), "ls"));
            assertEquals(ReplyLoop.LOST_SERVER + "\n", out());
        }
    }
}
