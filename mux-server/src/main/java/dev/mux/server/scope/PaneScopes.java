package dev.mux.server.scope;

import dev.mux.scope.CgroupFile;
import dev.mux.scope.Placement;
import dev.mux.scope.ScopeMover;
import dev.mux.scope.ScopeRegistrar;
import dev.mux.scope.ScopeRequest;
import dev.mux.scope.UnitProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each pane's process in a scope of its own under the user manager ({@code
 * mux-pane-SOCKET-PANE-PID.scope}), bound to the server's unit: {@code PartOf=} carries a stop of
 * the server's scope to the panes' scopes, and {@code Before=} orders their stops after the
 * server's, so the server hangs its panes up first, as its stop procedure does, and the panes'
 * scopes are empty by the time systemd gets to them. A memory limit, if set, holds a pane's job
 * alone: the kernel's OOM killer then picks within that scope and the server and other panes live
 * on; the pane is told why it ended ({@link PaneOomWatch}).
 *
 * <p>The pane starts at once and moves afterwards, on a thread of its own, over a connection kept
 * for all moves: the loop never waits for systemd, and pane start is not slowed. A process the
 * pane's shell forks before the move is moved with it: the move takes the pane's process and its
 * descendants seen at that moment, and those forked meanwhile are attached to the scope right after.
 */
public final class PaneScopes {
    private static final Logger LOG = LoggerFactory.getLogger(PaneScopes.class);
    static final String UNIT_PREFIX = "mux-pane";
    /** Added to the server's oom_score_adj for a pane's process, so the OOM killer prefers a pane's job to the server. */
    static final int OOM_SCORE_RAISE = 100;
    private static final int OOM_SCORE_MAX = 1000;
    private static final long MIB = 1024 * 1024;
    /** Bounds the walk of a pane's processes before its move: a shell's start forks a handful. */
    private static final int MAX_FOLLOWED = 256;

    private final ServerScope server;
    private final String socketName;
    private final Consumer<Runnable> loop;
    private final CgroupFile cgroups = CgroupFile.proc();
    private final PaneOomWatch oomWatch;
    private final PaneMemoryGuard memoryGuard;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pane-scopes");
        thread.setDaemon(true);
        return thread;
    });
    /** Only the worker touches it. */
    private final ScopeMover mover;
    /** A pane's scope's cgroup and memory limit, by unit; loop thread only. */
    private final Map<String, Scope> scopes = new HashMap<>();

    public PaneScopes(ServerScope server, Map<String, String> env, String socketName, Consumer<Runnable> loop) {
        this.server = server;
        this.socketName = socketName;
        this.loop = loop;
        this.mover = new ScopeMover(env, cgroups, ScopeRegistrar.DEFAULT_LIMIT);
        this.oomWatch = new PaneOomWatch(loop);
        this.memoryGuard = new PaneMemoryGuard(loop);
    }

    /** What the loop learns of a pane's move: its unit, or why it stays; and later, why it was killed. */
    public interface Listener {
        void placed(Placement placement, long millis);

        void outOfMemory(String why);
    }

    /**
     * Moves pane {@code paneId}'s process {@code pid} into its own scope off the loop, with a
     * memory limit of {@code memoryLimitMiB} (0: none); the listener hears how it went, on the loop.
     */
    public void place(int paneId, long pid, int memoryLimitMiB, Listener listener) {
        long started = System.nanoTime();
        worker.execute(() -> {
            Placement placement = move(paneId, pid, memoryLimitMiB);
            long millis = (System.nanoTime() - started) / 1_000_000;
            loop.accept(() -> {
                if (placement.moved()) watch(placement.unit(), new Scope(placement.cgroup(), memoryLimitMiB), listener);
                listener.placed(placement, millis);
            });
        });
    }

    private void watch(String unit, Scope scope, Listener listener) {
        scopes.put(unit, scope);
        Path directory = cgroupDirectory(scope.cgroup());
        oomWatch.watch(unit, directory, () -> listener.outOfMemory(oomReason(scope)));
        if (scope.memoryLimitMiB() > 0 && !PaneMemoryGuard.kernelEnforces(directory)) {
            memoryGuard.guard(unit, directory, scope.memoryLimitMiB() * MIB, used -> listener.outOfMemory(
                    "killed by mux: " + used / MIB + " MiB used, over pane-memory-limit (" + scope.memoryLimitMiB() + " MiB)"));
        }
    }

    /**
     * On the loop, when the pane's process has ended: why, if its scope saw an out-of-memory kill
     * (read now, before systemd removes the emptied scope), and forgets the scope.
     */
    public Optional<String> ended(String unit) {
        if (unit == null) return Optional.empty();
        Scope scope = scopes.remove(unit);
        oomWatch.forget(unit);
        memoryGuard.forget(unit);
        if (scope == null) return Optional.empty();
        return PaneOomWatch.oomKills(cgroupDirectory(scope.cgroup())) > 0 ? Optional.of(oomReason(scope)) : Optional.empty();
    }

    private Placement move(int paneId, long pid, int memoryLimitMiB) {
        String unit = ScopeRequest.unitName(UNIT_PREFIX, socketName + "-" + paneId, pid);
        raiseOomScore(pid);
        Optional<String> serverUnit = server.unitForPanes();
        if (serverUnit.isEmpty()) {
            return Placement.notNeeded(unit, cgroups.pathOf(pid).orElse(null),
                    "the server is not under the user manager, so the pane stays with it");
        }
        List<UnitProperty> settings = new ArrayList<>(List.of(
                UnitProperty.units("PartOf", List.of(serverUnit.get())),
                UnitProperty.units("Before", List.of(serverUnit.get())),
                // systemctl stop of the pane's scope alone then ends its shell's jobs as a hangup does.
                UnitProperty.flag("SendSIGHUP", true)));
        if (memoryLimitMiB > 0) {
            settings.add(UnitProperty.bytes("MemoryMax", memoryLimitMiB * MIB));
            // Without it the limit only pushes the job into swap, slowing the whole machine, instead of ending it.
            settings.add(UnitProperty.bytes("MemorySwapMax", 0));
        }
        ScopeRequest request = new ScopeRequest(pid, unit, "mux pane %" + paneId + " of the server on " + socketName,
                descendantsOf(pid), settings);
        Placement placement = mover.move(request);
        if (placement.outcome() == Placement.Outcome.REFUSED && !request.alsoPids().isEmpty()) {
            // A process of the session ended between the look at /proc and the call (UnixProcessIdUnknown): the pane's alone, then.
            placement = mover.move(new ScopeRequest(pid, unit, request.description(), List.of(), settings));
        }
        if (placement.moved()) {
            LOG.debug("pane %{}: {}", paneId, placement.describe());
            followInto(placement, pid);
        } else if (placement.outcome() == Placement.Outcome.NOT_NEEDED) {
            LOG.debug("pane %{}: {}", paneId, placement.describe());
        } else {
            LOG.info("pane %{}: {}", paneId, placement.describe());
        }
        return placement;
    }

    /**
     * Processes the pane's shell forked between the look at /proc and the move are still in the
     * server's scope: moved after it, into the scope that now runs.
     */
    private void followInto(Placement placement, long pid) {
        List<Long> behind = descendantsOf(pid).stream()
                .filter(member -> !cgroups.pathOf(member).map(placement.cgroup()::equals).orElse(true)).toList();
        if (behind.isEmpty()) return;
        Optional<String> failure = mover.attach(placement.unit(), behind);
        LOG.debug("{}: {} processes forked during the move {}", placement.unit(), behind.size(),
                failure.map(why -> "stay behind: " + why).orElse("followed it"));
    }

    /**
     * The processes the pane's process has started so far (its shell may have forked already), from
     * /proc/PID/task/TID/children, which costs a few reads instead of a look at every process.
     */
    private static List<Long> descendantsOf(long pid) {
        List<Long> found = new ArrayList<>();
        List<Long> parents = new ArrayList<>(List.of(pid));
        while (!parents.isEmpty() && found.size() < MAX_FOLLOWED) {
            long parent = parents.remove(parents.size() - 1);
            for (long child : childrenOf(parent)) {
                found.add(child);
                parents.add(child);
            }
        }
        return found;
    }

    private static List<Long> childrenOf(long pid) {
        List<Long> children = new ArrayList<>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                for (String child : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!child.isEmpty()) children.add(Long.parseLong(child));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Ended meanwhile, or a kernel without the children file: nothing to follow.
        }
        return children;
    }

    /** The server's own score plus {@link #OOM_SCORE_RAISE}; raising needs no privilege, lowering would. */
    private static void raiseOomScore(long pid) {
        try {
            int own = Integer.parseInt(Files.readString(Path.of("/proc/self/oom_score_adj")).strip());
            int pane = Math.min(OOM_SCORE_MAX, own + OOM_SCORE_RAISE);
            Files.writeString(Path.of("/proc/" + pid + "/oom_score_adj"), Integer.toString(pane));
        } catch (IOException | NumberFormatException e) {
            LOG.debug("cannot raise the OOM score of pid {}: {}", pid, e.getMessage());
        }
    }

    private static Path cgroupDirectory(String cgroup) {
        return Path.of("/sys/fs/cgroup" + cgroup);
    }

    private static String oomReason(Scope scope) {
        String limit = scope.memoryLimitMiB() > 0 ? ", over pane-memory-limit (" + scope.memoryLimitMiB() + " MiB)" : "";
        return "killed by the OOM killer: out of memory" + limit;
    }

    private record Scope(String cgroup, int memoryLimitMiB) {}
}
