package dev.mux.server;

import dev.mux.server.loop.EventLoop;
import sun.misc.Signal;

/**
 * SIGHUP, SIGTERM and SIGINT end the server in order: every pane is hung up, clients are told, and
 * the process exits. Installed first thing, because the JDK's own SIGHUP handling would exit the
 * JVM at once. A signal that arrives before the loop runs ends the process straight away.
 */
final class ServerSignals {
    private volatile EventLoop loop;
    private volatile Server server;

    private ServerSignals() {}

    static ServerSignals install() {
        ServerSignals signals = new ServerSignals();
        for (String name : new String[] {"HUP", "TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> signals.received("SIG" + name));
        }
        return signals;
    }

    void deliverTo(EventLoop eventLoop, Server target) {
        this.server = target;
        this.loop = eventLoop;
    }

    private void received(String name) {
        EventLoop current = loop;
        if (current == null) {
            System.exit(0);
        }
        current.post(() -> server.shutdown(name));
    }
}
