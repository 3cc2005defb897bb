import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;

/**
 * The floor for a multiplexer client: a JVM that connects to a Unix socket (args[0]) and exits.
 * The JDK's socket classes (selector provider, lambdas, a SecureRandom) cost a JVM more than the
 * hello-world itself, and every `mux` command pays them.
 */
public final class HelloSocket {
    public static void main(String[] args) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(args[0]));
        }
        System.out.println("hello");
    }
}
