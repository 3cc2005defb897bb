package dev.mux.scope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code dbus-daemon} for one test: the real bus protocol between the code under test and
 * a fake peer, with nobody else on it.
 */
final class PrivateBus implements AutoCloseable {
    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    static PrivateBus start() throws IOException {
        Process daemon = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            daemon.destroyForcibly();
            throw new IOException("dbus-daemon printed no address");
        }
        return new PrivateBus(daemon, address.strip());
    }

    String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        daemon.waitFor(5, TimeUnit.SECONDS);
    }
}
