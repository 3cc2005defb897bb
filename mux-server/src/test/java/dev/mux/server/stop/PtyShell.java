package dev.mux.server.stop;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.unix.UnixPtyProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An interactive bash on a real pseudo-terminal, as a pane has one, carrying a pane's MUX
 * variables. Its output is drained on a thread of its own so bash never blocks writing a prompt.
 */
final class PtyShell implements StopTarget {
    static final String SERVER_PREFIX = "/test/socket,0,";

    private final PtyProcess process;
    private final String paneName;
    private final StopSettings settings;

    private PtyShell(PtyProcess process, String paneName, StopSettings settings) {
        this.process = process;
        this.paneName = paneName;
        this.settings = settings;
    }

    static PtyShell start(String paneName, StopSettings settings) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "dumb");
        env.put("PS1", "$ ");
        env.put("MUX", SERVER_PREFIX + "0");
        env.put("MUX_PANE", paneName);
        PtyProcess process = new PtyProcessBuilder(new String[] {"bash", "--norc", "--noprofile", "-i"})
                .setEnvironment(env).setInitialColumns(80).setInitialRows(24).start();
        Thread drain = new Thread(() -> drain(process.getInputStream()), "drain-" + process.pid());
        drain.setDaemon(true);
        drain.start();
        return new PtyShell(process, paneName, settings);
    }

    long pid() {
        return process.pid();
    }

    /** Types {@code text} as if at the keyboard (C-z is "\u001a"). */
    void type(String text) throws IOException {
        process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    @Override
    public String name() {
        return paneName;
    }

    @Override
    public PaneIdentity identity() {
        return new PaneIdentity(process.pid(), SERVER_PREFIX, paneName);
    }

    @Override
    public StopSettings settings() {
        return settings;
    }

    @Override
    public void hangUp() {
        try {
            ((UnixPtyProcess) process).getPty().close();
        } catch (IOException e) {
            throw new IllegalStateException("hangup failed", e);
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // Only keeps the terminal's output flowing.
            }
        } catch (IOException e) {
            // The terminal was hung up.
        }
    }
}
