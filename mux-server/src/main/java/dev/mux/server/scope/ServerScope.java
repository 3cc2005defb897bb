package dev.mux.server.scope;

import dev.mux.scope.CgroupFile;
import dev.mux.scope.Logind;
import dev.mux.scope.LogindSettings;
import dev.mux.scope.MovePolicy;
import dev.mux.scope.Placement;
import dev.mux.scope.ScopeRegistrar;
import dev.mux.scope.ScopeReport;
import dev.mux.scope.ScopeRequest;
import dev.mux.scope.SurvivalVerdict;
import dev.mux.scope.UnitProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's place in systemd: once, at start and before any pane exists (so every pane inherits
 * it), it asks for a scope of its own if logind's policy makes that the better place, and
 * afterwards answers scope-status and the logout warning from a fresh enough reading of logind.
 */
public final class ServerScope {
    private static final Logger LOG = LoggerFactory.getLogger(ServerScope.class);
    static final String UNIT_PREFIX = "mux-server";
    private static final Pattern USER_MANAGER = Pattern.compile("/user@\\d+\\.service/");

    private final long pid;
    private final long uid;
    private final String user;
    /** Where the start put the server; done once {@link #awaitPlacement} returns. */
    private final CompletableFuture<Placement> placement;
    private final Logind logind;
    private final RecentLogind settings;
    private final CgroupFile cgroups;
    /** linger auto turned linger on, so the server turns it off again when it ends; written off the loop. */
    private volatile boolean lingerEnabledHere;
    /** linger auto asked logind and was refused: the server warns from then on, as with warn. */
    private volatile boolean lingerFailed;

    ServerScope(long pid, long uid, String user, CompletableFuture<Placement> placement, Logind logind, RecentLogind settings,
                CgroupFile cgroups) {
        this.pid = pid;
        this.uid = uid;
        this.user = user;
        this.placement = placement;
        this.logind = logind;
        this.settings = settings;
        this.cgroups = cgroups;
    }

    /**
     * Moves this process into {@code mux-server-SOCKETNAME-PID.scope} when that helps it outlive
     * the login session (see {@link MovePolicy}), on a thread of its own: reading logind and asking
     * systemd (a D-Bus round trip or two, and the bus library's start) need not hold up the rest
     * of the server's start. {@link #awaitPlacement} before the server starts any process, which
     * must start in the server's final place. Logs one line.
     */
    public static ServerScope register(Map<String, String> env, Path socket, long uid, String user) {
        long pid = ProcessHandle.current().pid();
        String unit = ScopeRequest.unitName(UNIT_PREFIX, String.valueOf(socket.getFileName()), pid);
        Logind logind = new Logind(env, Logind.DEFAULT_LIMIT);
        RecentLogind settings = new RecentLogind(() -> logind.read(uid), System::nanoTime);
        CgroupFile cgroups = CgroupFile.proc();
        CompletableFuture<Placement> placement = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                placement.complete(place(env, socket, pid, unit, user, settings, cgroups));
            } catch (RuntimeException | Error e) {
                placement.completeExceptionally(e);
            }
        }, "scope-registration");
        thread.setDaemon(true);
        thread.start();
        return new ServerScope(pid, uid, user, placement, logind, settings, cgroups);
    }

    /** Logs one line; the registrar's failures are told in the placement, not thrown. */
    private static Placement place(Map<String, String> env, Path socket, long pid, String unit, String user, RecentLogind settings,
                                   CgroupFile cgroups) {
        long start = System.nanoTime();
        Optional<String> stay = MovePolicy.reasonToStay(settings.read(), user);
        Placement placement = stay.isPresent()
                ? Placement.notNeeded(unit, cgroups.pathOf(pid).orElse(null), stay.get())
                : moveSpared(new ScopeRegistrar(env, cgroups, ScopeRegistrar.DEFAULT_LIMIT), pid, unit, "mux server on " + socket);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (placement.moved() || stay.isPresent()) {
            LOG.info("systemd: {} ({} ms)", placement.describe(), millis);
        } else {
            LOG.warn("systemd: {} ({} ms); going on as a plain daemon", placement.describe(), millis);
        }
        return placement;
    }

    /** Waits until the server is where it stays (see {@link #register}); a failure there is thrown here. */
    public void awaitPlacement() {
        placement();
    }

    private Placement placement() {
        try {
            return placement.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /**
     * Into a scope systemd-oomd passes over (ManagedOOMPreference=avoid), so that a pane's job that
     * eats memory is taken before the server; a manager too old for the setting refuses it, and then
     * the server moves without it.
     */
    private static Placement moveSpared(ScopeRegistrar registrar, long pid, String unit, String description) {
        Placement spared = registrar.move(new ScopeRequest(pid, unit, description, List.of(),
                List.of(UnitProperty.text("ManagedOOMPreference", "avoid"))));
        if (spared.outcome() != Placement.Outcome.REFUSED) return spared;
        LOG.info("systemd: {}; moving without ManagedOOMPreference", spared.describe());
        return registrar.move(new ScopeRequest(pid, unit, description));
    }

    /**
     * The server's unit when it is under the user manager, where its panes' scopes can be bound to
     * it; empty when the server is elsewhere (a login session's scope, no systemd), where scopes
     * of the user manager's would end its panes earlier than the server.
     */
    public Optional<String> unitForPanes() {
        Optional<String> cgroup = cgroups.pathOf(pid);
        if (cgroup.isEmpty() || !USER_MANAGER.matcher(cgroup.get()).find()) return Optional.empty();
        return Optional.of(CgroupFile.unitOf(cgroup.get()));
    }

    /** Where the server is now, logind's current policy, and the verdict. Blocks at most logind's limit. */
    public ScopeReport report() {
        return ScopeReport.of(pid, user, cgroups, placement(), settings.read());
    }

    /** The same, with the linger option's value and whether this server enabled linger. */
    public ScopeReport report(String lingerPolicy) {
        return report().with("linger_policy", "linger option", lingerPolicy)
                .with("linger_by_mux", "linger by mux", lingerEnabledHere ? "yes" : "no");
    }

    /**
     * linger auto: enables linger when the sessions of a server under the user manager would
     * otherwise die at logout (KillUserProcesses applies, linger is off). Blocks up to logind's
     * limit, so it runs off the loop. Empty when linger is on now or not needed, else why not.
     */
    public Optional<String> lingerOnDemand() {
        LogindSettings now = settings.read();
        if (!now.reachable() || now.linger() || !now.killsProcessesOf(user) || unitForPanes().isEmpty()) return Optional.empty();
        Optional<String> refusal = logind.enableLinger(uid);
        settings.forget();
        lingerFailed = refusal.isPresent();
        if (refusal.isPresent()) {
            LOG.warn("linger auto: cannot enable linger for {}: {}", user, refusal.get());
        } else {
            lingerEnabledHere = true;
            LOG.info("linger auto: enabled linger for {} while mux has sessions", user);
        }
        return refusal;
    }

    public boolean lingerFailed() {
        return lingerFailed;
    }

    /** At the server's end: turns linger off again if {@link #lingerOnDemand} turned it on. Blocks. */
    public void releaseLinger() {
        if (!lingerEnabledHere) return;
        lingerEnabledHere = false;
        Optional<String> refusal = logind.disableLinger(uid);
        if (refusal.isPresent()) {
            LOG.warn("linger auto: cannot disable linger for {} again: {}", user, refusal.get());
        } else {
            LOG.info("linger auto: disabled linger for {} again, the last session has ended", user);
        }
    }

    /**
     * The line new-session and attach print when sessions would die at logout, else empty. From
     * the last reading of logind, so it never blocks the loop; {@link #refresh()} keeps it current.
     */
    public Optional<String> warning() {
        SurvivalVerdict verdict = ScopeReport.of(pid, user, cgroups, placement(), settings.last()).verdict();
        if (verdict.answer() != SurvivalVerdict.Answer.NO) return Optional.empty();
        String fix = verdict.fix() == null ? "" : "; to fix: " + verdict.fix();
        return Optional.of("warning: mux sessions will not survive logout: " + verdict.because() + fix);
    }

    /** Reads logind again for the next warning; blocks up to logind's limit, so it runs off the loop. */
    public void refresh() {
        settings.refresh();
    }

    /** Asks logind to let the user linger; empty on success, else why not. */
    public Optional<String> enableLinger() {
        Optional<String> refusal = logind.enableLinger(uid);
        settings.forget();
        if (refusal.isEmpty()) LOG.info("linger enabled for {}", user);
        return refusal;
    }
}
