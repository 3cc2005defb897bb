package dev.mux.server;

import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.ProtocolException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the server's class-data archive (mux-server's pom, package phase): a
 * real server on a private socket, driven the way a first {@code mux new -d} and the commands after
 * it drive one (a session with a pane, a split, keys, a listing, a format, a capture), then stopped
 * with kill-server. The JVM running it dumps every class it loaded when it exits
 * ({@code -XX:ArchiveClassesAtExit}), so that a real server's start maps them instead of reading,
 * checking and linking each from its jar. Fails (exit status 1) when a command does not succeed as
 * it would for a user. Not part of the mux command.
 */
public final class ClassDataTraining {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("new-session", "-d", "-s", "training", "-x", "80", "-y", "24", "cat"),
            List.of("split-window", "-t", "training", "cat"),
            List.of("send-keys", "-t", "training", "hello", "Enter"),
            List.of("list-sessions"),
            List.of("display-message", "-p", "#{session_name}:#{window_index}.#{pane_index}"),
            List.of("capture-pane", "-p", "-t", "training"),
            List.of("kill-server"));
    private static final long CONNECT_TIMEOUT_MILLIS = 30_000;

    private ClassDataTraining() {}

    /** {@code args[0]}: a directory for the socket and an empty config; {@code args[1]}: where to name this JDK. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Path socket = directory.resolve("s");
        Path config = Files.writeString(directory.resolve("empty.conf"), "");
        Files.writeString(Path.of(args[1]), System.getProperty("java.home") + "\n");
        Thread client = new Thread(() -> drive(socket), "training client");
        client.setDaemon(true);
        client.start();
        // Returns only through System.exit, once kill-server has stopped the loop.
        ServerMain.main(new String[] {"--socket", socket.toString(), "--config", config.toString()});
    }

    private static void drive(Path socket) {
        try {
            for (List<String> command : COMMANDS) {
                int status = run(socket, command);
                if (status != 0) fail(command + " ended with status " + status);
            }
        } catch (IOException | ProtocolException | RuntimeException e) {
            fail(e.toString());
        }
    }

    /** One client connection: hello, environment, the command; the status of its exit message. */
    private static int run(Path socket, List<String> command) throws IOException, ProtocolException {
        try (SocketChannel channel = connect(socket)) {
            for (Message message : List.of(new Message.Hello(Protocol.VERSION),
                    new Message.Environment(List.of("PATH=/usr/bin:/bin")),
                    new Message.Command(command, System.getProperty("user.dir"), 0, 0, false, ""))) {
                ByteBuffer frame = MessageCodec.encode(message);
                while (frame.hasRemaining()) channel.write(frame);
            }
            FrameDecoder decoder = new FrameDecoder();
            ByteBuffer buffer = ByteBuffer.allocate(65536);
            while (channel.read(buffer.clear()) >= 0) {
                for (Message message : decoder.feed(buffer.flip())) {
                    if (message instanceof Message.Exit exit) return exit.status();
                }
            }
            // kill-server closes the connection as the server goes.
            return command.get(0).equals("kill-server") ? 0 : -1;
        }
    }

    private static SocketChannel connect(Path socket) throws IOException {
        long deadline = System.currentTimeMillis() + CONNECT_TIMEOUT_MILLIS;
        while (true) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                if (System.currentTimeMillis() > deadline) throw e;
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the JVM's own standard error: the server has closed standard output and redirected System.err to its log. */
    private static void fail(String why) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println("mux server class-data training failed: " + why);
        System.exit(1);
    }
}
