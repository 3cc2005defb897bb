package dev.mux.server.scope;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the kernel kill a process of a pane's scope for want of memory: the kernel tells a change of
 * a cgroup's {@code memory.events} to inotify watchers of its directory, at the kill, before the
 * process has ended and systemd removed the emptied scope (reading the file at the pane's end can
 * come too late). One thread for every pane; a callback runs on the loop, once per scope.
 */
final class PaneOomWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PaneOomWatch.class);
    private static final String EVENTS = "memory.events";

    private final Consumer<Runnable> loop;
    private final Map<WatchKey, Watched> watched = new ConcurrentHashMap<>();
    private final Map<String, WatchKey> keys = new ConcurrentHashMap<>();
    private WatchService service;

    PaneOomWatch(Consumer<Runnable> loop) {
        this.loop = loop;
    }

    void watch(String unit, Path directory, Runnable onOom) {
        try {
            WatchKey key = directory.register(service(), StandardWatchEventKinds.ENTRY_MODIFY);
            watched.put(key, new Watched(directory, onOom, new boolean[1]));
            keys.put(unit, key);
        } catch (IOException e) {
            LOG.debug("cannot watch {}: {}", directory, e.getMessage());
        }
    }

    void forget(String unit) {
        WatchKey key = keys.remove(unit);
        if (key == null) return;
        key.cancel();
        watched.remove(key);
    }

    /** The scope's oom_kill count, 0 when the file is gone or unreadable. */
    static long oomKills(Path directory) {
        try {
            for (String line : Files.readAllLines(directory.resolve(EVENTS))) {
                if (line.startsWith("oom_kill ")) return Long.parseLong(line.substring("oom_kill ".length()).strip());
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private synchronized WatchService service() throws IOException {
        if (service == null) {
            service = FileSystems.getDefault().newWatchService();
            Thread thread = new Thread(this::run, "pane-oom-watch");
            thread.setDaemon(true);
            thread.start();
        }
        return service;
    }

    private void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Watched target = watched.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (target != null && EVENTS.equals(String.valueOf(event.context())) && !target.told()[0]
                        && oomKills(target.directory()) > 0) {
                    target.told()[0] = true;
                    loop.accept(target.onOom());
                }
            }
            if (!key.reset()) watched.remove(key);
        }
    }

    private record Watched(Path directory, Runnable onOom, boolean[] told) {}
}
