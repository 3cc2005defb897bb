package dev.mux.client;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        List<String> command = new ArrayList<>(List.of("setsid", serverLauncher.toString(), "--socket", socket.toString()));
        if (configFile != null) command.addAll(List.of("--config", Path.of(configFile).toAbsolutePath().toString()));
        // setsid: the server must not share our session, or our terminal's hangup would reach it.
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(new File("/dev/null"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        // The java running us, for bin/mux-server when PATH has none (env -i); the server drops it.
        builder.environment().put(JAVA_VARIABLE, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw failed(e.getMessage());
        }
        String line = firstLine(server);
        if (!READY.equals(line)) {
            throw failed(line == null ? describeExit(server) : line);
        }
    }

    private static String firstLine(Process server) throws ClientException {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return line.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            server.destroy();
            throw failed("no answer within " + READY_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException | InterruptedException e) {
            throw failed(e.getMessage());
        }
    }

    /** The server closed stdout without a word: its exit status is all there is to report. */
    private static String describeExit(Process server) {
        try {
            if (server.waitFor(1, TimeUnit.SECONDS)) return "exited with status " + server.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output without saying " + READY;
    }

    private static ClientException failed(String reason) {
        return new ClientException("mux: server failed to start: " + reason);
    }
}
