package dev.mux.client;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a server for a socket nobody answers on. The server stays in the foreground of its own
 * process and says {@value #READY} on stdout once it listens (or found another server already
 * listening); anything else it prints is why it failed.
 */
final class ServerStarter {
    static final String READY = "ready";

    /** Long enough for a cold JVM on a loaded machine, short enough that a hung start is noticed. */
    private static final long READY_TIMEOUT_SECONDS = 10;

    private final Path serverLauncher;

    ServerStarter(Path serverLauncher) {
        this.serverLauncher = serverLauncher;
    }

    /** The launcher next to {@code bin/mux}, found through the MUX_HOME it exports. */
    static ServerStarter fromEnvironment(String muxHome) throws ClientException {
        if (muxHome == null || muxHome.isEmpty()) {
            throw new ClientException("mux: MUX_HOME is not set; run mux through its bin/mux launcher");
        }
        return new ServerStarter(Path.of(muxHome, "bin", "mux-server"));
    }

    /** The variable naming the java bin/mux-server falls back to. */
    static final String JAVA_VARIABLE = "MUX_JAVA";

    /** Starts a server on {@code socket}; {@code configFile} (-f, may be null) replaces its default config. */
    void start(Path socket, String configFile) throws ClientException {
        List<String> command = new ArrayList<>(List.of("setsid", "--fork", serverLauncher.toString(), "--socket", socket.toString()));
        if (configFile != null) command.addAll(List.of("--config", Path.of(configFile).toAbsolutePath().toString()));
        // setsid: the server must not share our session, or our terminal's hangup would reach it.
        // --fork: the process we start ends at once and the server lives on as its child. Were the
        // server our child, the JDK's reaper thread would still be waiting for it in native code
        // when we exit, and a JVM waits up to 300 ms for such threads before it ends. Its answer
        // comes through a FIFO rather than the process's stdout pipe, which the JDK closes as soon
        // as the process it started (setsid) ends.
        // In the temporary directory: the socket's own directory is the server's to make. Our pid and
        // the clock in the name, mode 0600: no other client's, and no other user's to open.
        Path fifo = Path.of(System.getProperty("java.io.tmpdir"),
                ".mux-ready-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        makeFifo(fifo);
        try {
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> firstLine(fifo));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(fifo.toFile());
            // The java running us, for bin/mux-server when PATH has none (env -i); the server drops it.
            builder.environment().put(JAVA_VARIABLE, Path.of(System.getProperty("java.home"), "bin", "java").toString());
            try {
                builder.start();
            } catch (IOException e) {
                throw failed(e.getMessage());
            }
            String line = await(answer);
            if (!READY.equals(line)) throw failed(line == null ? "it closed its output without saying " + READY : line);
        } finally {
            try {
                Files.deleteIfExists(fifo);
            } catch (IOException e) {
                // A leftover FIFO with our pid in its name harms nothing.
            }
        }
    }

    /** mkfifo(1): the JDK has no call for it, and the client does not reach libc. */
    private static void makeFifo(Path fifo) throws ClientException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString())
                    .redirectErrorStream(true).start();
            String said = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (mkfifo.waitFor() != 0) throw failed("mkfifo: " + said);
        } catch (IOException e) {
            throw failed("mkfifo: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted");
        }
    }

    /** The server's first line, or null at end of file (it ended, or could not start, without a word). */
    private static String firstLine(Path fifo) {
        try (BufferedReader reader = Files.newBufferedReader(fifo, StandardCharsets.UTF_8)) {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String await(CompletableFuture<String> answer) throws ClientException {
        try {
            return answer.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw failed("no answer within " + READY_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException | InterruptedException e) {
            throw failed(e.getMessage());
        }
    }

    private static ClientException failed(String reason) {
        return new ClientException("mux: server failed to start: " + reason);
    }
}
