package dev.mux.server;

import dev.mux.platform.libc.Libc;
import dev.mux.server.loop.EventLoop;
import sun.misc.Signal;

/**
 * SIGHUP (the session hung up), SIGTERM and SIGINT (shutdown) end the server in order: every pane
 * goes through the stop procedure, bounded by its timeout, clients are told, and the process exits
 * with status 0. SIGUSR1 recreates a lost socket, as in tmux. Installed first thing, because the
 * JDK's own SIGHUP handling would exit the JVM at once. A signal that arrives before the loop runs
 * ends the process straight away (USR1 then has nothing to recreate).
 *
 * <p>A server started where these signals are ignored (under nohup) takes them back first: the
 * JVM would leave them ignored, and every pane would inherit that through exec, so that the stop
 * procedure's hangup could not end a pane's programs.
 */
final class ServerSignals {
    private volatile EventLoop loop;
    private volatile Server server;
    private volatile Runnable recreateSocket;

    private ServerSignals() {}

    /** SIGHUP, SIGINT and SIGTERM, as signal(7) numbers them. */
    private static final int[] SHUTDOWN_SIGNALS = {1, 2, 15};

    static ServerSignals install() {
        for (int signal : SHUTDOWN_SIGNALS) Libc.unignore(signal);
        ServerSignals signals = new ServerSignals();
        for (String name : new String[] {"HUP", "TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> signals.received("SIG" + name));
        }
        Signal.handle(new Signal("USR1"), signal -> signals.recreateSocket());
        return signals;
    }

    void deliverTo(EventLoop eventLoop, Server target, Runnable socketRecreation) {
        this.server = target;
        this.recreateSocket = socketRecreation;
        this.loop = eventLoop;
    }

    private void recreateSocket() {
        EventLoop current = loop;
        if (current != null) current.post(recreateSocket);
    }

    private void received(String name) {
        EventLoop current = loop;
        if (current == null) {
            System.exit(0);
        }
        current.post(() -> server.shutdown(name));
    }
}
