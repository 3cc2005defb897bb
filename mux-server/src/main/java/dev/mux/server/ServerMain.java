package dev.mux.server;

import dev.mux.platform.proc.ProcFs;
import dev.mux.protocol.SocketPaths;
import dev.mux.server.config.ConfigFile;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.pty.PaneProcess;
import dev.mux.server.scope.OrderlyShutdown;
import dev.mux.server.scope.PaneScopes;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.snapshot.SnapshotFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server process. The client starts it detached ({@code setsid}, no terminal) and waits for the
 * one line it prints on standard output: {@code ready} once it listens (or a live server already
 * does), else the reason it cannot.
 */
public final class ServerMain {
    private ServerMain() {}

    public static void main(String[] args) {
        ServerSignals signals = ServerSignals.install();
        ServerArguments arguments;
        try {
            arguments = ServerArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.out.println("mux-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        Path socket = arguments.socket();
        Path logFile = ServerLog.configure(System.getenv(), socket);
        ServerLog.startInBackground();
        Logger log = LoggerFactory.getLogger(ServerMain.class);
        try {
            run(arguments, signals, log, logFile);
        } catch (IOException | RuntimeException | Error e) {
            // Errors too: a server whose loop died must not linger as a JVM without a socket.
            log.error("server failed", e);
            System.out.println("mux-server: " + e.getMessage());
            ServerLog.awaitStart();
            System.exit(1);
        }
        ServerLog.awaitStart();
        System.exit(0);
    }

    private static void run(ServerArguments arguments, ServerSignals signals, Logger log, Path logFile) throws IOException {
        // Before the socket exists: a JVM without the flags pane I/O needs ends here, saying which.
        PaneProcess.requireLoopIo();
        Path socket = arguments.socket();
        ProcFs procFs = new ProcFs();
        long uid = procFs.currentUid();
        UserPrincipal owner = procFs.currentUser();
        Path defaultDirectory = SocketPaths.directory(System.getenv(), uid);
        ServerSocket.Opened opened = ServerSocket.open(socket, defaultDirectory, owner);
        if (opened.alreadyRunning()) {
            log.info("a server already answers on {}; this one exits", socket);
            announceReady();
            return;
        }
        // Its place is settled before the config runs: every process the server starts (a pane, a
        // run-shell) must start in the server's own scope.
        ServerScope scope = ServerScope.register(System.getenv(), socket, uid, System.getProperty("user.name"));
        EventLoop loop = new EventLoop();
        PaneLauncher launcher = new PaneLauncher(loop, System.getenv(), socket.toString());
        launcher.setPaneScopes(new PaneScopes(scope, System.getenv(), String.valueOf(socket.getFileName()), loop::post));
        Server server = new Server(loop, launcher, new PeerCheck(owner), loop::stop, scope,
                SnapshotFiles.forSocket(System.getenv(), socket, defaultDirectory));
        launcher.setEvents(server);
        Path config = arguments.config() != null ? arguments.config() : ConfigFile.defaultFile(System.getenv());
        scope.awaitPlacement();
        if (config != null) server.loadConfig(config, System.getProperty("user.home"));
        server.loadPromptHistory();
        server.startSnapshots();
        SocketKeeper listening = SocketKeeper.listen(opened.channel(), socket, defaultDirectory, owner, loop, server::accepted);
        signals.deliverTo(loop, server, listening::recreate);
        OrderlyShutdown orderly = OrderlyShutdown.start(System.getenv(), loop::post, server::shutdown, socket.toString());
        // Before a shutdown the final snapshot, whose reason the restored panes show; before sleep an
        // ordinary one, since the machine wakes up and the server goes on.
        orderly.prepareWith(reason -> server.finalSnapshot().writeNow(OrderlyShutdown.SHUTDOWN_REASON.equals(reason) ? reason : null));
        new IdlePageGiveBack((delay, task) -> loop.schedule(delay, task), loop::handledEvents, IdlePageGiveBack.jvmFiles()).start();
        log.info("listening on {} (pid {}, log {})", socket, ProcessHandle.current().pid(), logFile);
        announceReady();
        try {
            loop.run();
            server.savePromptHistory();
            // Only a loop that ended as asked: a failing server keeps its snapshot to be restored.
            server.closeSnapshots();
        } finally {
            listening.close();
            Files.deleteIfExists(socket);
            orderly.close();
            // The last session has ended: linger auto gives back what it took.
            scope.releaseLinger();
            log.info("server exited");
        }
    }

    /** Tells the starting client we listen, then lets go of the pipe so nothing else reaches it. */
    private static void announceReady() {
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        out.close();
    }

}
