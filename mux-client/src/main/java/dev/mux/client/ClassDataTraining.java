package dev.mux.client;

import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the client's class-data archive (see mux-client's pom, package phase):
 * {@code mux ls} as bin/mux runs it, once with no server and once against a stand-in server on a
 * private socket that answers the way the real one does (hello, a line of output, exit). The
 * archive then holds every class a command that does not attach loads, the reply path included:
 * a run that only fails to connect leaves the frame decoder, the reply loop and the replies out,
 * and each of those costs a jar lookup at every start. {@link Main} runs this instead of a command
 * when the system property {@value #PROPERTY} is true, so that the training starts the way bin/mux
 * starts the client ({@code java -jar}). Not part of the mux command.
 */
final class ClassDataTraining {
    static final String PROPERTY = "mux.classDataTraining";
    private static final String LISTING = "training: 1 windows\n";

    private ClassDataTraining() {}

    /**
     * Fails (an exception, exit status 1) when a run did not go as a real one would; then writes
     * this JDK's home to the file {@code args[0]}, if given: bin/mux uses the archive only with it.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("mux-class-data");
        Path socket = dir.resolve("s");
        try {
            train(socket);
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), System.getProperty("java.home") + "\n");
        }
    }

    private static void train(Path socket) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);

        int status = Main.run(new String[] {"-S", socket.toString(), "ls"}, System.getenv(), printOut, printErr);
        check(status == 1 && out.size() == 0, "ls with no server", status, out, err);

        err.reset();
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        Thread server = new Thread(() -> answerOnce(listener), "stand-in server");
        server.start();
        status = Main.run(new String[] {"-S", socket.toString(), "ls"}, System.getenv(), printOut, printErr);
        server.join(10_000);
        listener.close();
        check(status == 0 && out.toString(StandardCharsets.UTF_8).equals(LISTING), "ls", status, out, err);
    }

    private static void check(boolean asExpected, String what, int status, ByteArrayOutputStream out,
                              ByteArrayOutputStream err) {
        if (asExpected) return;
        throw new IllegalStateException("mux class-data training: " + what + " ended with status " + status
                + ", output '" + out.toString(StandardCharsets.UTF_8) + "', errors '"
                + err.toString(StandardCharsets.UTF_8) + "'");
    }

    /** Reads the client's hello and command, replies as the server does to {@code ls}, hangs up. */
    private static void answerOnce(ServerSocketChannel listener) {
        try (SocketChannel client = listener.accept()) {
            FrameDecoder decoder = new FrameDecoder();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            List<Message> received = new ArrayList<>();
            while (received.size() < 2 && client.read(buffer.clear()) >= 0) {
                received.addAll(decoder.feed(buffer.flip()));
            }
            Message[] replies = {
                new Message.Hello(Protocol.VERSION),
                new Message.Output(1, LISTING.getBytes(StandardCharsets.UTF_8)),
                new Message.Exit(0, ""),
            };
            for (Message reply : replies) {
                ByteBuffer frame = MessageCodec.encode(reply);
                while (frame.hasRemaining()) client.write(frame);
            }
        } catch (IOException | ProtocolException | RuntimeException e) {
            e.printStackTrace();
        }
    }
}
